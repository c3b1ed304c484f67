import type { DiagramManifest } from '../manifest-types';
/** The architecture stack explorer. */
export const manifest: DiagramManifest = { diagram: 'stack', data: ['stack'] };
