import type { DiagramManifest } from '../manifest-types';
/** The side-by-side comparison: matrix cells, key facts and stacks of two or three systems. */
export const manifest: DiagramManifest = {
  diagram: 'side-by-side',
  data: ['dimensions', 'cells', 'technologies', 'stack'],
};
