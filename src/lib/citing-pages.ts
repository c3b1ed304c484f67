import { extractCiteKeys } from './citations';

/** A page that cites sources: where it lives and what it is called. */
export interface CitingPage {
  url: string;
  title: string;
}

/** Turns a docs file path (relative to content/docs) into its URL: `technologies/kvm.mdx` → `/technologies/kvm/`. */
export function docPathToUrl(path: string): string {
  const slug = path
    .replace(/\.(md|mdx)$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
  return slug ? `/${slug}/` : '/';
}

/** Reads the `title:` of a page's front matter (the build has already validated it). */
export function frontmatterTitle(src: string): string | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(src)?.[1];
  const line = fm?.split(/\r?\n/).find((l) => l.startsWith('title:'));
  return line
    ?.slice(6)
    .trim()
    .replace(/^['"]|['"]$/g, '');
}

/**
 * Maps each citation key to the pages that cite it, from page sources and from data-driven pages
 * (a page that renders a data file cites every source in it). Pages are sorted by title.
 */
export function indexCitingPages(
  docs: { path: string; src: string }[],
  dataPages: { page: CitingPage; keys: string[] }[],
): Map<string, CitingPage[]> {
  const index = new Map<string, Map<string, CitingPage>>();
  const add = (key: string, page: CitingPage) => {
    if (!index.has(key)) index.set(key, new Map());
    index.get(key)!.set(page.url, page);
  };
  for (const d of docs) {
    const page = { url: docPathToUrl(d.path), title: frontmatterTitle(d.src) ?? d.path };
    for (const key of extractCiteKeys(d.src)) add(key, page);
  }
  for (const { page, keys } of dataPages) for (const key of keys) add(key, page);
  return new Map(
    [...index].map(([k, pages]) => [k, [...pages.values()].sort((a, b) => a.title.localeCompare(b.title))]),
  );
}

/** Collects every string in a `sources` array anywhere inside a value. */
export function collectSourceKeys(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown, inSources: boolean) => {
    if (typeof v === 'string' && inSources) out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, inSources));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, k === 'sources' || k === 'source');
  };
  visit(value, false);
  return out;
}
