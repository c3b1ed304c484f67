/**
 * The navigation plan at config time, for the sidebar: every page's front matter read from
 * content/docs, and the technologies from content/data. (The overview pages plan from the content
 * collection at render time, in collection-plan.ts; both go through planSections.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { loadAtlas } from '../lib/atlas';
import { planSections, type NavPage, type NavTechnology, type SectionPlan } from './plan';

/** The folder the docs collection loads from (VA_DOCS_DIR lets `npm run bench` point elsewhere). */
export const docsDir = (root = process.cwd()) => process.env.VA_DOCS_DIR ?? join(root, 'content', 'docs');

/**
 * The collection id the glob loader gives a file: its path without the extension, lowercased, and
 * without a trailing `/index` (`history/index.mdx` → `history`; the root `index.mdx` stays `index`).
 * A front-matter `slug` wins. If this ever disagrees with Astro, Starlight stops the build on the
 * sidebar entry that names a page it cannot find.
 */
export function collectionId(path: string, slug?: unknown): string {
  if (typeof slug === 'string' && slug) return slug;
  const id = path
    .replace(/\.(md|mdx)$/, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
  return id === 'index' ? id : id.replace(/\/index$/, '');
}

/** Every page under content/docs as a NavPage (files starting with `_` are skipped, as by the loader). */
export function readNavPages(dir = docsDir()): NavPage[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|mdx)$/.test(e.name) && !e.name.startsWith('_'))
    .map((e) => {
      const path = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
      const src = readFileSync(join(e.parentPath, e.name), 'utf8');
      const fm = (loadYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(src)?.[1] ?? '') ?? {}) as Record<
        string,
        unknown
      >;
      const sidebar = (fm.sidebar ?? {}) as { order?: unknown; hidden?: unknown };
      return {
        slug: collectionId(path, fm.slug),
        title: String(fm.title ?? path),
        description: String(fm.description ?? ''),
        technologies: Array.isArray(fm.technologies) ? fm.technologies.map(String) : [],
        order: typeof sidebar.order === 'number' ? sidebar.order : undefined,
        hidden: sidebar.hidden === true,
      };
    })
    .filter((p) => !p.hidden)
    .map(({ hidden: _, ...p }) => p);
}

/**
 * The technologies as navigation needs them. If the content does not load, the sidebar is still
 * planned (technology pages then fall into the last group) so that the content check, which runs
 * next, can report the problem with file and field instead of a failed config.
 */
export function navTechnologies(): NavTechnology[] {
  try {
    return loadAtlas().technologies.map((t) => ({ id: t.id, page: t.page, first: t.dates.first }));
  } catch {
    return [];
  }
}

/** The site's sections planned from the files on disk. */
export const planFromFiles = (): SectionPlan[] => planSections(readNavPages(), navTechnologies());
