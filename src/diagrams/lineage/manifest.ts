import type { DiagramManifest } from '../manifest-types';
/** The lineage of Linux virtualization, 2006 to today. */
export const manifest: DiagramManifest = {
  diagram: 'lineage',
  data: ['lineage', 'lineageNodes', 'technologies'],
};
