/**
 * The sources export (/data/sources.json): every bibliography entry with its tier, its canonical
 * address, and the pages and data entries that cite it.
 */
import type { BibEntry } from '../schemas/bibliography';
import { displayName } from './bibtex';
import type { CitingPage } from './citing-pages';
import type { AtlasData } from './data-kinds';

/** One source as exported. */
export interface SourceExport {
  id: string;
  tier: string | null;
  type: string;
  title: string;
  authors: string[];
  organization?: string;
  year: string;
  url?: string;
  doi?: string;
  archive?: string;
  urldate?: string;
  revision?: string;
  citedBy: { pages: string[]; data: string[] };
}

/**
 * The data entries citing each key, as `<kind>/<entry>`: `timeline/kvm-merge`,
 * `cells/kvm/upstream-status`. Evidence sources count as citations too.
 */
export function dataCitations(data: AtlasData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, where: string) => {
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(where);
  };
  const visit = (v: unknown, where: string, inSources: boolean) => {
    if (typeof v === 'string' && inSources) add(v, where);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, where, inSources));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, where, k === 'sources' || k === 'source');
  };
  for (const [kind, list] of Object.entries(data) as [string, unknown[]][]) {
    for (const item of list) {
      const o = item as Record<string, unknown>;
      const id = kind === 'cells' ? `${String(o.system)}/${String(o.dimension)}` : String(o.id);
      visit(item, `${kind}/${id}`, false);
    }
  }
  return out;
}

/** Builds the export, in bibliography order. */
export function buildSourcesExport(
  bibliography: readonly BibEntry[],
  pages: Map<string, CitingPage[]>,
  data: Map<string, Set<string>>,
): SourceExport[] {
  return bibliography.map((b) => {
    const f = b.fields;
    return {
      id: b.key,
      tier: f.tier ?? null,
      type: b.type,
      title: f.title,
      authors: b.authors.map(displayName),
      ...(f.organization ? { organization: f.organization } : {}),
      year: f.year,
      ...(f.url ? { url: f.url } : {}),
      ...(f.doi ? { doi: f.doi } : {}),
      ...(f.archive ? { archive: f.archive } : {}),
      ...(f.urldate ? { urldate: f.urldate } : {}),
      ...(f.revision ? { revision: f.revision } : {}),
      citedBy: {
        pages: (pages.get(b.key) ?? []).map((p) => p.url),
        data: [...(data.get(b.key) ?? [])].sort(),
      },
    };
  });
}
