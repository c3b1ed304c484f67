import type { DiagramManifest } from '../../diagrams/manifest-types';
/** The glossary: every term with its sources. */
export const manifest: DiagramManifest = { diagram: null, data: ['glossary'] };
