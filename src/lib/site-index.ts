import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAtlas, projectRoot } from './atlas';
import { collectSourceKeys, indexCitingPages, type CitingPage } from './citing-pages';

/** Lists the page sources under content/docs (paths relative to it). */
export function readDocs(root = projectRoot): { path: string; src: string }[] {
  const base = join(root, 'content', 'docs');
  const entries = readdirSync(base, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|mdx)$/.test(e.name))
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(base, full).split('\\').join('/'), src: readFileSync(full, 'utf8') };
    });
}

/** Which page renders which data file, so that its sources count as cited by that page. */
const dataPageRoutes: Record<string, CitingPage> = {
  matrix: { url: '/compare/matrix/', title: 'Comparison matrix' },
  timeline: { url: '/compare/timeline/', title: 'Timeline' },
  glossary: { url: '/reference/glossary/', title: 'Glossary' },
};

/** The citing-pages index of the whole site. */
export function citingPagesIndex(): Map<string, CitingPage[]> {
  const atlas = loadAtlas();
  const dataPages = Object.entries(dataPageRoutes).map(([kind, page]) => ({
    page,
    keys: collectSourceKeys((atlas as unknown as Record<string, unknown>)[kind]),
  }));
  return indexCitingPages(readDocs(), dataPages);
}
