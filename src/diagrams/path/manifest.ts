import type { DiagramManifest } from '../manifest-types';
/** The request-path tracer. */
export const manifest: DiagramManifest = { diagram: 'path', data: ['paths'] };
