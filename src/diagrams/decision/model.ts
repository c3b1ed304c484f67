/**
 * The decision guide as the page renders it, built from the atlas at build time: candidates from
 * content/data/decision-candidates.yaml with their names, pages and lifespans; questions from
 * content/data/decision*.yaml with every effect's `since` and `until` resolved to dates (a timeline
 * event's date, or the boundary's own). `checkGuideData` finds what the schema cannot see and the
 * component stops the build on it, naming the file, question and option.
 */
import type { Lifespan } from '../../lib/at-date';
import { compareDates } from '../../lib/at-date';
import { tokensIn } from '../../lib/dated-claims';
import { formatPartialDate } from '../../lib/dates';
import type { Guide } from '../../lib/decision';
import { quoteShows } from '../../lib/provenance';
import type {
  DecisionBoundary,
  DecisionCandidate,
  DecisionEffect,
  DecisionQuestion,
} from '../../schemas/decision';
import type { Technology } from '../../schemas/technology';
import type { TimelineEvent } from '../../schemas/timeline';
import { lifespanOf } from '../matrix/model';

/** A boundary with its date resolved: when, what changed, and the sources of the date. */
export interface Bound {
  date: string;
  label: string;
  sources: string[];
}

/** An effect ready to render. */
export interface ResolvedEffect extends Omit<DecisionEffect, 'since' | 'until'> {
  since?: Bound;
  until?: Bound;
}

/** A question ready to render. */
export interface ResolvedQuestion extends Omit<DecisionQuestion, 'options'> {
  options: { id: string; label: string; effects: ResolvedEffect[] }[];
}

/** Why a candidate is not offered at a date, with the sources of its dates. */
export interface LifeNote {
  text: string;
  sources: string[];
}

/** A candidate ready to render. */
export interface ResolvedCandidate {
  id: string;
  name: string;
  page?: string;
  lifespan?: Lifespan;
  notYet?: LifeNote;
  ended?: LifeNote;
}

/** The whole guide, resolved. */
export interface ResolvedGuide {
  questions: ResolvedQuestion[];
  candidates: ResolvedCandidate[];
}

/** What the model reads from the atlas. */
export interface GuideInput {
  decision: readonly DecisionQuestion[];
  decisionCandidates: readonly DecisionCandidate[];
  technologies: readonly Technology[];
  timeline: readonly TimelineEvent[];
}

function resolveBound(b: DecisionBoundary | undefined, timeline: GuideInput['timeline']): Bound | undefined {
  if (!b) return undefined;
  if ('event' in b) {
    const e = timeline.find((t) => t.id === b.event);
    // An unknown event id already fails the build's cross-reference check.
    return e ? { date: e.date, label: e.title, sources: [...e.sources] } : undefined;
  }
  return { date: b.date, label: b.label, sources: [...b.sources] };
}

function lifeNotes(t: Technology): Pick<ResolvedCandidate, 'notYet' | 'ended'> {
  const removed = t.upstream.removed;
  return {
    notYet: {
      text: `Not yet available: it first appeared in ${formatPartialDate(t.dates.first)}.`,
      sources: [...t.dates.sources],
    },
    ended: removed
      ? {
          text: `No longer available: removed from mainline Linux${removed.version ? ` in ${removed.version}` : ''} (${formatPartialDate(removed.date)}).`,
          sources: [...removed.sources],
        }
      : t.dates.last
        ? {
            text: `No longer available: its last release is dated ${formatPartialDate(t.dates.last)}.`,
            sources: [...t.dates.sources],
          }
        : undefined,
  };
}

/** Resolves candidates and effect dates. */
export function resolveGuide(input: GuideInput): ResolvedGuide {
  const candidates = input.decisionCandidates.map((c): ResolvedCandidate => {
    const t = input.technologies.find((x) => x.id === c.technology);
    return {
      id: c.technology,
      name: c.name,
      page: t?.page,
      lifespan: lifespanOf(t),
      ...(t ? lifeNotes(t) : {}),
    };
  });
  const questions = input.decision.map((q) => ({
    ...q,
    options: q.options.map((o) => ({
      ...o,
      effects: o.effects.map(({ since, until, ...e }) => ({
        ...e,
        since: resolveBound(since, input.timeline),
        until: resolveBound(until, input.timeline),
      })),
    })),
  }));
  return { questions, candidates };
}

/** The guide as scoring sees it (dates only). */
export function toGuide(g: ResolvedGuide): Guide {
  return {
    candidates: g.candidates.map((c) => ({ id: c.id, lifespan: c.lifespan })),
    questions: g.questions.map((q) => ({
      id: q.id,
      options: q.options.map((o) => ({
        id: o.id,
        effects: o.effects.map((e) => ({
          technology: e.technology,
          effect: e.effect,
          since: e.since?.date,
          until: e.until?.date,
        })),
      })),
    })),
  };
}

/** The first option's label: every question starts with it. */
export const NO_PREFERENCE = 'No preference';

/** Problems with the guide's data that the schema cannot see; empty when the data is sound. */
export function checkGuideData(
  input: GuideInput,
  origin: (entry: unknown) => string = () => 'content/data/decision',
): string[] {
  const problems: string[] = [];
  const ids = input.decisionCandidates.map((c) => c.technology);
  if (!ids.length) problems.push('content/data/decision-candidates.yaml: lists no candidate');
  for (const c of input.decisionCandidates)
    if (!input.technologies.some((t) => t.id === c.technology))
      problems.push(`content/data/decision-candidates.yaml: "${c.technology}" is not in technologies.yaml`);
  for (const q of input.decision) {
    const where = `${origin(q)}: question "${q.id}"`;
    const first = q.options[0]!;
    if (first.label !== NO_PREFERENCE || first.effects.length)
      problems.push(`${where}: the first option must be "${NO_PREFERENCE}", with no effects`);
    const optionIds = q.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) problems.push(`${where}: option ids repeat`);
    for (const o of q.options) {
      const at = `${where}, option "${o.id}"`;
      for (const e of o.effects) {
        if (!ids.includes(e.technology))
          problems.push(`${at}: "${e.technology}" is not a candidate (${ids.join(', ')})`);
        for (const [field, b] of [
          ['since', e.since],
          ['until', e.until],
        ] as const)
          if (b && !('event' in b)) problems.push(...boundaryProblems(b, `${at}, ${e.technology}.${field}`));
      }
      problems.push(
        ...overlapProblems(
          resolveGuide({ ...input, decision: [{ ...q, options: [o] }] }).questions[0]!.options[0]!.effects,
          at,
        ),
      );
    }
  }
  return problems;
}

/** A dated boundary's quotes must come from its own sources, and one must show its year or a version its label names. */
function boundaryProblems(b: Extract<DecisionBoundary, { date: string }>, at: string): string[] {
  const out: string[] = [];
  for (const ev of b.evidence)
    if (!b.sources.includes(ev.source))
      out.push(`${at}: the quote's source "${ev.source}" is not among its sources`);
  const tokens = [b.date.slice(0, 4), ...tokensIn(b.label)];
  if (!b.evidence.some((ev) => tokens.some((t) => quoteShows(ev.quote, t))))
    out.push(`${at}: no quote shows ${tokens.join(' or ')}`);
  return out;
}

/** Two effects of one option on one system must not hold at the same time, and each must start before it ends. */
function overlapProblems(effects: readonly ResolvedEffect[], at: string): string[] {
  const out: string[] = [];
  const byTech = new Map<string, ResolvedEffect[]>();
  for (const e of effects) byTech.set(e.technology, [...(byTech.get(e.technology) ?? []), e]);
  for (const [tech, list] of byTech) {
    for (const e of list)
      if (e.since && e.until && compareDates(e.since.date, e.until.date) >= 0)
        out.push(`${at}: ${tech} holds from ${e.since.date} until ${e.until.date}, which is empty`);
    const sorted = [...list].sort((a, b) => compareDates(a.since?.date ?? '1900', b.since?.date ?? '1900'));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      if (!prev.until || !next.since || compareDates(prev.until.date, next.since.date) > 0)
        out.push(
          `${at}: two effects for ${tech} hold at the same time (give the earlier one an until no later than the later one's since)`,
        );
    }
  }
  return out;
}
