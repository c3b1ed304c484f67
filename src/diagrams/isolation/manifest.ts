import type { DiagramManifest } from '../manifest-types';
/** The isolation explorer and each system's isolation record: layers, interfaces and escapes. */
export const manifest: DiagramManifest = { diagram: 'isolation', data: ['escapes', 'interfaces', 'stack'] };
