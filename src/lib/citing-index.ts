/**
 * The "cited on" index of the whole site: for each citation key, the pages that cite it, through
 * `[@key]` in their text or through a diagram they show (a page showing a diagram cites every
 * source in the data its manifest names).
 */
import { diagramManifests } from '../diagrams/manifests';
import { loadAtlas } from './atlas';
import {
  collectSourceKeys,
  docPathToUrl,
  frontmatterTitle,
  indexCitingPages,
  type CitingPage,
} from './citing-pages';
import type { DataKindName } from './data-kinds';
import { importedFolders, readDocs, readRoutePages } from './site-index';

/** The data kinds a page renders through the diagrams and components it imports. */
function renderedKinds(src: string, manifests: ReturnType<typeof diagramManifests>): DataKindName[] {
  return importedFolders(src).flatMap((folder) => [...(manifests.get(folder)?.data ?? [])]);
}

/** The citing-pages index of the whole site, from citations in the text and from diagrams. */
export function citingPagesIndex(): Map<string, CitingPage[]> {
  const atlas = loadAtlas();
  const manifests = diagramManifests();
  const keysOf = (kinds: DataKindName[]) => kinds.flatMap((k) => collectSourceKeys(atlas[k]));
  const docs = readDocs();
  const dataPages = [
    ...docs.map((d) => ({
      page: { url: docPathToUrl(d.path), title: frontmatterTitle(d.src) ?? d.path },
      keys: keysOf(renderedKinds(d.src, manifests)),
    })),
    ...readRoutePages().map((r) => ({
      page: { url: r.url, title: /title:\s*'([^']+)'/.exec(r.src)?.[1] ?? r.url },
      keys: keysOf(renderedKinds(r.src, manifests)),
    })),
  ].filter((p) => p.keys.length);
  return indexCitingPages(docs, dataPages);
}
