import type { DiagramManifest } from '../manifest-types';
/** The timeline. */
export const manifest: DiagramManifest = { diagram: 'timeline', data: ['timeline', 'timelinePeriods'] };
