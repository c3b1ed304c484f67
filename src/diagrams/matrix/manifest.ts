import type { DiagramManifest } from '../manifest-types';
/** The comparison matrix and its full record. */
export const manifest: DiagramManifest = { diagram: 'matrix', data: ['dimensions', 'cells', 'technologies'] };
