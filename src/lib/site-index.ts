import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAtlas, projectRoot } from './atlas';
import {
  collectSourceKeys,
  docPathToUrl,
  frontmatterTitle,
  indexCitingPages,
  type CitingPage,
} from './citing-pages';

/** Lists the page sources under content/docs (paths relative to it). */
export function readDocs(root = projectRoot): { path: string; src: string }[] {
  const base = process.env.VA_DOCS_DIR ?? join(root, 'content', 'docs');
  const entries = readdirSync(base, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|mdx)$/.test(e.name))
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(base, full).split('\\').join('/'), src: readFileSync(full, 'utf8') };
    });
}

/**
 * The data each diagram component renders: a page that imports the component cites every source
 * in that data. The glossary page renders the glossary through its own component.
 */
const componentData: Record<string, string[]> = {
  StackExplorer: ['stack'],
  PathTracer: ['paths'],
  RingsDiagram: ['rings'],
  PvopsExplorer: ['pvops'],
  Matrix: ['cells'],
  Timeline: ['timeline'],
  DecisionGuide: ['decision'],
  Benchmarks: ['benchmarks'],
  SideBySide: ['cells', 'technologies', 'stack'],
  Glossary: ['glossary'],
};

/** The citing-pages index of the whole site, from citations in the text and from diagrams. */
export function citingPagesIndex(): Map<string, CitingPage[]> {
  const atlas = loadAtlas() as unknown as Record<string, unknown>;
  const docs = readDocs();
  const dataPages = docs.flatMap((d) => {
    const kinds = [...d.src.matchAll(/^import (\w+) from '[^']*\.astro';/gm)].flatMap(
      (m) => componentData[m[1]!] ?? [],
    );
    if (!kinds.length) return [];
    const page = { url: docPathToUrl(d.path), title: frontmatterTitle(d.src) ?? d.path };
    return [{ page, keys: kinds.flatMap((k) => collectSourceKeys(atlas[k])) }];
  });
  return indexCitingPages(docs, dataPages);
}
