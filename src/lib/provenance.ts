/**
 * The provenance rules, checked over the whole atlas (see the "How this atlas sources facts" page
 * and docs/AUTHORING.md):
 * - every source has a tier, and neither its address nor its archive copy is on a copy host;
 * - no claim rests on tertiary sources alone;
 * - every dated claim (timeline event, shared fact, dated matrix state, technology milestone,
 *   lineage edge, escape) carries evidence: a quote from one of its own sources that shows the
 *   year or the version it supports.
 */
import type { BibEntry } from '../schemas/bibliography';
import type { Evidence } from '../schemas/common';
import type { ContentProblem } from './errors';
import { datedClaims, type DatedClaim } from './dated-claims';
import { dataKinds, type AtlasData } from './data-kinds';

/** What the checks need of the atlas. */
export interface ProvenanceInput extends AtlasData {
  bibliography: BibEntry[];
  bibByKey: Map<string, BibEntry>;
  copyHosts: string[];
}

/** Whether a URL is on one of the copy hosts (a host, or a host and path prefix). */
export function onCopyHost(url: string, hosts: readonly string[]): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.replace(/^www\d?\./, '').toLowerCase();
  const hostPath = `${host}${u.pathname}`.toLowerCase();
  return hosts.find((h) => {
    const entry = h.toLowerCase();
    if (entry.includes('/')) return hostPath === entry || hostPath.startsWith(`${entry}/`);
    return host === entry || host.endsWith(`.${entry}`);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a quote shows a token: a year or version standing on its own, not inside a longer number. */
export function quoteShows(quote: string, token: string): boolean {
  const text = quote.replace(/\s+/g, ' ');
  return new RegExp(`(^|[^0-9.])${escape(token)}(?![0-9]|\\.[0-9])`, 'i').test(text);
}

/** The checks' findings: errors stop the build; `coverage` lists gaps still being filled. */
export interface ProvenanceReport {
  errors: ContentProblem[];
  /** Missing tiers and missing evidence: errors once `strict` is on. */
  coverage: ContentProblem[];
  claims: DatedClaim[];
}

/**
 * Whether gaps in the content (provenance problems, missing matrix cells) stop the build. On by
 * default; `VA_WIP=1` prints them instead, for work in progress only: CI never sets it.
 */
export const provenanceStrict = () => process.env.VA_WIP !== '1';

/** Runs every provenance check. `origin` maps data entries to the file they came from. */
export function provenanceReport(atlas: ProvenanceInput, origin: Map<unknown, string>): ProvenanceReport {
  const errors: ContentProblem[] = [];
  const coverage: ContentProblem[] = [];
  for (const b of atlas.bibliography) {
    const at = (field: string, message: string) => ({ file: b.file, entry: b.key, field, message });
    if (!b.fields.tier)
      coverage.push(at('tier', 'is missing: every source is primary, secondary or tertiary'));
    for (const field of ['url', 'archive'] as const) {
      const url = b.fields[field];
      const host = url && onCopyHost(url, atlas.copyHosts);
      if (host)
        errors.push(
          at(
            field,
            `is on ${host}, which serves copies (content/data/copy-hosts.txt): cite the canonical home`,
          ),
        );
    }
    if (b.fields.urldate && b.fields.urldate.slice(0, 4) < b.fields.year)
      errors.push(at('year', `${b.fields.year} is after the day it was read (${b.fields.urldate})`));
  }
  const tierOf = (key: string) => atlas.bibByKey.get(key)?.fields.tier;
  const claims = datedClaims(atlas, origin);
  for (const claim of claimsWithSources(atlas, origin)) {
    if (claim.sources.length && claim.sources.every((k) => tierOf(k) === 'tertiary'))
      errors.push({
        ...claim.where,
        field: 'sources',
        message: 'rests on tertiary sources alone: add a primary or secondary one',
      });
  }
  for (const c of claims) {
    const where = { ...c.where, field: c.field ? `${c.field}.evidence` : 'evidence' };
    for (const [i, e] of c.evidence.entries()) errors.push(...evidenceErrors(e, c, `${where.field}[${i}]`));
    if (!c.tokens.length) continue;
    if (!c.evidence.length) {
      coverage.push({ ...where, message: `is missing: quote a source that shows ${c.tokens.join(' or ')}` });
    } else if (!c.evidence.some((e) => c.tokens.some((t) => quoteShows(e.quote, t)))) {
      errors.push({ ...where, message: `no quote shows ${c.tokens.join(' or ')}` });
    }
  }
  return { errors, coverage, claims };
}

function evidenceErrors(e: Evidence, claim: DatedClaim, field: string): ContentProblem[] {
  if (claim.sources.includes(e.source)) return [];
  return [
    { ...claim.where, field: `${field}.source`, message: `"${e.source}" is not among the claim's sources` },
  ];
}

/** Every entry or part of an entry that lists sources, for the tertiary-only check. */
function claimsWithSources(atlas: AtlasData, origin: Map<unknown, string>) {
  const out: { where: ContentProblem; sources: string[] }[] = [];
  const visit = (value: unknown, file: string, entry: string) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, file, entry));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (Array.isArray(o.sources))
        out.push({ where: { file, entry, message: '' }, sources: o.sources as string[] });
      for (const [k, v] of Object.entries(o)) if (k !== 'sources') visit(v, file, entry);
    }
  };
  // Only the data as written: the assembled matrix repeats the cells.
  for (const kind of Object.keys(dataKinds) as (keyof AtlasData)[]) {
    const list = atlas[kind] as unknown[];
    for (const item of list) {
      const o = item as Record<string, unknown>;
      const entry = String(o.id ?? (o.system && o.dimension ? `${o.system}/${o.dimension}` : '?'));
      visit(item, origin.get(item) ?? 'content/data', entry);
    }
  }
  return out;
}

/** The errors that stop the build: always the hard errors, and the coverage gaps when strict. */
export function provenanceProblems(
  atlas: ProvenanceInput,
  origin: Map<unknown, string>,
  strict = provenanceStrict(),
): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const r = provenanceReport(atlas, origin);
  const all = [...r.errors, ...r.coverage];
  return strict ? { errors: all, warnings: [] } : { errors: [], warnings: all };
}
