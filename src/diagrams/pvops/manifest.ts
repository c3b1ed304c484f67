import type { DiagramManifest } from '../manifest-types';
/** The paravirt_ops explorer. */
export const manifest: DiagramManifest = { diagram: 'pvops', data: ['pvops'] };
