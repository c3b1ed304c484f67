// Shared helpers for the quality scripts: the built pages and what they reference.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built site's folder. */
export const dist = join(process.cwd(), 'dist');

/** Every HTML page of the built site, as { file, path } where path is its URL path. */
export function htmlPages() {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first');
  const pages = readdirSync(dist, { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const rel = f.split('\\').join('/');
      const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
      return { file: join(dist, rel), path: path === '/404/' ? '/404.html' : path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  if (pages.length === 0) throw new Error('dist/ holds no HTML pages: run `npm run build` first');
  return pages;
}

/** gzip size of a file or string, in bytes. */
export const gz = (data) => gzipSync(data, { level: 9 }).length;

/** The dist file a site URL path refers to, or undefined. */
export function fileFor(urlPath) {
  const clean = decodeURIComponent(urlPath.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

/** The values of an attribute on matching tags, by regular expression (the HTML is our own build). */
export function attrValues(html, tagPattern, attr) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tagPattern}(?![\\w-])[^>]*>`, 'gi'))) {
    if (/\smedia="print"/.test(m[0])) continue; // not part of what a screen loads up front
    const v = new RegExp(`\\s${attr}="([^"]*)"`, 'i').exec(m[0]);
    if (v) out.push(v[1].replace(/&amp;/g, '&'));
  }
  return out;
}

/** A JS module and every module it imports statically, transitively (dynamic import() excluded). */
export function moduleGraph(entryUrl, seen = new Set()) {
  if (seen.has(entryUrl)) return seen;
  const file = fileFor(entryUrl);
  if (!file) return seen;
  seen.add(entryUrl);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
    const spec = m[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    moduleGraph(spec.startsWith('/') ? spec : posix.join(dirname(entryUrl), spec), seen);
  }
  return seen;
}

export { readFileSync, relative };
