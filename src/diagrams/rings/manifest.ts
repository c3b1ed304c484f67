import type { DiagramManifest } from '../manifest-types';
/** The privilege-rings diagram. */
export const manifest: DiagramManifest = { diagram: 'rings', data: ['rings'] };
