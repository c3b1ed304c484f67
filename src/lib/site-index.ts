import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './atlas';

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
 * The folders a page's imports come from, as `src/diagrams/matrix` or `src/components/reference`:
 * every `import … from '…'` or `"…"` through the `~/` alias, a path into src/, or (from a route
 * under src/pages) a relative path.
 */
export function importedFolders(src: string): string[] {
  const out = new Set<string>();
  for (const m of src.matchAll(/^\s*import\s[^'"\n]*?from\s*(['"])([^'"\n]+)\1/gm)) {
    const spec = m[2]!;
    const inSrc = /(?:^~\/|(?:^|\/)src\/|^(?:\.\.\/)+)((?:diagrams|components)\/[^/]+)\//.exec(spec);
    if (inSrc) out.add(`src/${inSrc[1]}`);
  }
  return [...out];
}

/** The static (not parameterised) .astro routes under src/pages, with their URL and source. */
export function readRoutePages(root = projectRoot): { url: string; src: string }[] {
  const base = join(root, 'src', 'pages');
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro') && !e.name.includes('['))
    .map((e) => {
      const rel = relative(base, join(e.parentPath, e.name)).split('\\').join('/');
      const url = `/${rel.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
      return { url, src: readFileSync(join(e.parentPath, e.name), 'utf8') };
    });
}
