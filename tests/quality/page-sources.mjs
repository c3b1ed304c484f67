// Which source file a built page comes from, so that a problem found in dist/ names the file to fix.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The URL path of a page under content/docs: `technologies/kvm.mdx` → `/technologies/kvm/`. */
export function docUrl(path) {
  const slug = path
    .replace(/\.(md|mdx)$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
  return slug === '404' ? '/404.html' : slug ? `/${slug}/` : '/';
}

/**
 * A function from a built page's URL path to the file it is made from: a page under content/docs,
 * or else the route under src/pages that rendered it (the section overview pages).
 */
export function pageSources(root = process.cwd()) {
  const docs = process.env.VA_DOCS_DIR ?? join(root, 'content', 'docs');
  const byUrl = new Map();
  if (existsSync(docs))
    for (const f of readdirSync(docs, { recursive: true }))
      if (/\.mdx?$/.test(f)) byUrl.set(docUrl(f.split('\\').join('/')), relative(root, join(docs, f)));
  return (urlPath) =>
    byUrl.get(urlPath) ?? (urlPath.split('/').length === 3 ? 'src/pages/[section]/index.astro' : undefined);
}
