import type { DiagramManifest } from '../manifest-types';
/** The decision guide. */
export const manifest: DiagramManifest = {
  diagram: 'decision',
  data: ['decision', 'decisionCandidates', 'technologies', 'timeline'],
};
