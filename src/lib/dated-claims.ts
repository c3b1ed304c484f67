/**
 * Every dated claim in the data, with the years and versions its evidence must show. A claim is
 * dated when it states when something happened (a timeline event, a shared fact, a matrix state's
 * `since`, a technology's first release or merge); the exports and the provenance check read
 * this one list.
 */
import type { Evidence } from '../schemas/common';
import type { Milestone } from '../schemas/matrix';
import type { AtlasData } from './data-kinds';
import type { ContentProblem } from './errors';

/** One dated claim: where it is, what it dates, and its sources and evidence. */
export interface DatedClaim {
  kind: 'event' | 'fact' | 'cell' | 'technology' | 'escape' | 'lineage' | 'kernel';
  where: ContentProblem;
  /** The field holding the date, e.g. `history[0]` or `upstream.merged`; '' for the entry. */
  field: string;
  /** A quote must show at least one of these (a year, a kernel version, a release number). */
  tokens: string[];
  sources: string[];
  evidence: Evidence[];
}

const YEAR = /(?<![0-9])(1[89]\d\d|20\d\d)(?![0-9])/g;
const VERSION = /(?<![0-9.])\d+\.\d+(?:\.\d+)?(?:-rc\d+)?(?![0-9])/g;

/** The years and version numbers written in a text ("November 2005 (Xen 3.0)" → 3.0, 2005). */
export function tokensIn(text: string): string[] {
  return [...new Set([...(text.match(VERSION) ?? []), ...(text.match(YEAR) ?? [])])];
}

/** The tokens of a milestone: its kernel version, the number in its release name, its year. */
export function milestoneTokens(m: Milestone | undefined): string[] {
  if (!m) return [];
  return [
    ...new Set(
      [m.kernel, ...(m.version ? (m.version.match(VERSION) ?? []) : []), m.date?.slice(0, 4)].filter(
        (t): t is string => Boolean(t),
      ),
    ),
  ];
}

/** Lists the dated claims of the atlas. `origin` maps each entry to its file. */
export function datedClaims(data: AtlasData, origin: Map<unknown, string>): DatedClaim[] {
  const out: DatedClaim[] = [];
  const fileOf = (e: unknown, fallback: string) => origin.get(e) ?? fallback;
  for (const e of data.timeline) {
    out.push({
      kind: 'event',
      where: { file: fileOf(e, 'content/data/timeline.yaml'), entry: e.id, message: '' },
      field: '',
      tokens: [e.date.slice(0, 4)],
      sources: e.sources,
      evidence: e.evidence,
    });
  }
  for (const f of data.facts) {
    // A fact written with `from` is the technology event's claim, checked below.
    if (f.from || !f.value) continue;
    out.push({
      kind: 'fact',
      where: { file: fileOf(f, 'content/data/facts.yaml'), entry: f.id, message: '' },
      field: '',
      tokens: tokensIn(f.value),
      sources: f.sources ?? [],
      evidence: f.evidence,
    });
  }
  for (const c of data.cells) {
    const where = { file: fileOf(c, `content/data/cells/${c.system}.yaml`), entry: c.dimension, message: '' };
    c.history.forEach((h, i) =>
      out.push({
        kind: 'cell',
        where,
        field: `history[${i}]`,
        tokens: milestoneTokens(h.since),
        sources: h.sources,
        evidence: h.evidence,
      }),
    );
    if (c.since)
      out.push({
        kind: 'cell',
        where,
        field: '',
        tokens: milestoneTokens(c.since),
        sources: c.sources,
        evidence: c.evidence,
      });
  }
  // Kinds whose entries carry one `date` and `evidence` (escapes, lineage edges, when present).
  for (const [kind, name] of [
    ['escape', 'escapes'],
    ['lineage', 'lineage'],
  ] as const) {
    const list =
      (
        data as unknown as Record<
          string,
          { id: string; date: string; sources: string[]; evidence: Evidence[] }[]
        >
      )[name] ?? [];
    for (const e of list)
      out.push({
        kind,
        where: { file: fileOf(e, `content/data/${name}.yaml`), entry: e.id, message: '' },
        field: '',
        tokens: [e.date.slice(0, 4)],
        sources: e.sources,
        evidence: e.evidence,
      });
  }
  for (const k of data.kernelReleases)
    out.push({
      kind: 'kernel',
      where: { file: fileOf(k, 'content/data/kernel-releases.yaml'), entry: k.id, message: '' },
      field: '',
      tokens: [k.version],
      sources: k.sources,
      evidence: k.evidence,
    });
  for (const t of data.technologies) {
    const where = { file: fileOf(t, 'content/data/technologies.yaml'), entry: t.id, message: '' };
    out.push({
      kind: 'technology',
      where,
      field: 'dates',
      tokens: [t.dates.first.slice(0, 4)],
      sources: t.dates.sources,
      evidence: t.dates.evidence,
    });
    const events = [
      ['upstream.merged', t.upstream.merged],
      ['upstream.removed', t.upstream.removed],
      ...t.upstream.milestones.map((m, i) => [`upstream.milestones[${i}]`, m] as const),
    ] as const;
    for (const [field, ev] of events) {
      if (!ev) continue;
      out.push({
        kind: 'technology',
        where,
        field,
        tokens: milestoneTokens({ kernel: ev.version, date: ev.date }),
        sources: ev.sources,
        evidence: ev.evidence,
      });
    }
  }
  return out;
}
