/** What a diagram (or a data-rendering component) declares about itself in its manifest.ts. */
import type { DataKindName } from '../lib/data-kinds';

/** A diagram's manifest: its `data-diagram` name and the data kinds whose sources it shows. */
export interface DiagramManifest {
  /** The `data-diagram` attribute of its root element (null for a component that is no diagram). */
  diagram: string | null;
  /** The data it renders: a page that shows it cites every source in these kinds. */
  data: readonly DataKindName[];
}
