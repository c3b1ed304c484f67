import type { Atlas } from '../../lib/atlas';
import { bibHref } from '../../lib/remark-atlas';

/** A citation ready for the browser: where it links and what it says. */
export interface SourceRef {
  href: string;
  label: string;
}

/** Resolves citation keys (already checked at build time) to links for a widget's JSON payload. */
export function sourceRefs(atlas: Atlas, keys: readonly string[]): SourceRef[] {
  return keys.map((k) => ({ href: bibHref(k), label: atlas.labels.get(k)! }));
}
