/**
 * Decision-guide scoring: pure functions from questions, answers and a date to a ranking of the
 * candidate systems, and to the one answer change that would put another system first. No DOM and
 * no zod: the page renders with it at build time and the browser re-ranks with it.
 *
 * An effect holds from its `since` date up to, not including, its `until` date (partial dates, as
 * everywhere in the atlas). A candidate outside its lifespan at the date is not available: it is
 * listed with the reason and never ranked.
 */
import { holdsAt, lifeAt, type Lifespan, type PartialDate } from './at-date';
import type { FieldSpec, StateOf } from './url-state';

/** How an answer bears on a system. */
export type EffectKind = 'strong-for' | 'for' | 'against' | 'excludes';

/** Points per effect; `excludes` removes a system from the scored ranking instead. */
export const EFFECT_POINTS = { 'strong-for': 2, for: 1, against: -1 } as const;

/** An effect as scoring sees it: whom it touches, how, and when it holds. */
export interface GuideEffect {
  technology: string;
  effect: EffectKind;
  since?: PartialDate;
  until?: PartialDate;
}

/** A question as scoring sees it; its first option is "No preference". */
export interface GuideQuestion {
  id: string;
  options: readonly { id: string; effects: readonly GuideEffect[] }[];
}

/** A candidate as scoring sees it; the order of the list breaks ties. */
export interface GuideCandidate {
  id: string;
  lifespan?: Lifespan;
}

/** Everything scoring needs. */
export interface Guide {
  questions: readonly GuideQuestion[];
  candidates: readonly GuideCandidate[];
}

/** The chosen option id of each answered question. */
export type Answers = Readonly<Record<string, string>>;

/** An effect that holds for a candidate under the current answers and date. */
export interface Hit {
  question: string;
  option: string;
  effect: GuideEffect;
}

/** A candidate's place at a date. */
export interface RankedRow {
  technology: string;
  /** Whether the system existed at the date: not yet released, alive, or ended. */
  life: 'not-yet' | 'alive' | 'ended';
  available: boolean;
  score: number;
  excluded: boolean;
  /** 1 for the best score; tied candidates share a place; null when excluded or unavailable. */
  place: number | null;
  hits: Hit[];
}

/** The option a question's answer selects, falling back to the first ("No preference"). */
export function chosenOption<O extends { id: string }>(
  question: { id: string; options: readonly O[] },
  answers: Answers,
): O {
  return question.options.find((o) => o.id === answers[question.id]) ?? question.options[0]!;
}

/** Whether an effect holds at a date. */
export function effectHoldsAt(effect: Pick<GuideEffect, 'since' | 'until'>, at: PartialDate): boolean {
  return holdsAt(
    {
      since: effect.since ? { date: effect.since } : undefined,
      until: effect.until ? { date: effect.until } : undefined,
    },
    at,
  );
}

/**
 * Ranks the candidates at a date: available and scored ones first, by score and then by their order
 * in the guide; those an answer rules out next, in that order; unavailable ones last, unranked.
 */
export function rankAt(guide: Guide, answers: Answers, at: PartialDate): RankedRow[] {
  const rows = new Map(
    guide.candidates.map((c): [string, RankedRow] => {
      const life = c.lifespan ? lifeAt(c.lifespan, at) : 'alive';
      return [
        c.id,
        {
          technology: c.id,
          life,
          available: life === 'alive',
          score: 0,
          excluded: false,
          place: null,
          hits: [],
        },
      ];
    }),
  );
  for (const q of guide.questions) {
    const option = chosenOption(q, answers);
    for (const e of option.effects) {
      const row = rows.get(e.technology);
      if (!row?.available || !effectHoldsAt(e, at)) continue;
      row.hits.push({ question: q.id, option: option.id, effect: e });
      if (e.effect === 'excludes') row.excluded = true;
      else row.score += EFFECT_POINTS[e.effect];
    }
  }
  const order = new Map(guide.candidates.map((c, i) => [c.id, i]));
  const all = [...rows.values()];
  const scored = all
    .filter((r) => r.available && !r.excluded)
    .sort((a, b) => b.score - a.score || order.get(a.technology)! - order.get(b.technology)!);
  for (const r of scored) r.place = 1 + scored.filter((o) => o.score > r.score).length;
  return [...scored, ...all.filter((r) => r.available && r.excluded), ...all.filter((r) => !r.available)];
}

/** The first choice of a ranking, or null when every available system is ruled out. */
export function topOf(rows: readonly RankedRow[]): RankedRow | null {
  const first = rows[0];
  return first && first.available && !first.excluded ? first : null;
}

/** One answer change and what it does to the first place. */
export interface Flip {
  question: string;
  from: string;
  to: string;
  /** The first choice now and after the change (null: every system ruled out). */
  top: string | null;
  newTop: string | null;
  /** How much the change moves: points moved plus 2 for each system ruled in or out. */
  cost: number;
}

/**
 * The single answer change that would put another system first (or leave none): every option of
 * every question is tried, and the change that moves the ranking least wins, so that the reader
 * sees how close the decision is. Ties go to the earlier question and option. Null when no single
 * change alters the first place.
 */
export function whatWouldFlip(guide: Guide, answers: Answers, at: PartialDate): Flip | null {
  const before = rankAt(guide, answers, at);
  const top = topOf(before)?.technology ?? null;
  const byId = new Map(before.map((r) => [r.technology, r]));
  let best: Flip | null = null;
  for (const q of guide.questions) {
    const from = chosenOption(q, answers).id;
    for (const o of q.options) {
      if (o.id === from) continue;
      const after = rankAt(guide, { ...answers, [q.id]: o.id }, at);
      const newTop = topOf(after)?.technology ?? null;
      if (newTop === top) continue;
      let cost = 0;
      for (const r of after) {
        const b = byId.get(r.technology)!;
        if (!r.available) continue;
        cost += Math.abs(r.score - b.score) + (r.excluded !== b.excluded ? 2 : 0);
      }
      if (!best || cost < best.cost) best = { question: q.id, from, to: o.id, top, newTop, cost };
    }
  }
  return best;
}

/** The URL parameter that holds a question's answer. */
export const answerParam = (questionId: string) => `d-${questionId}`;

/** The guide's URL fields: one `d-<question>` enum per question, defaulting to "No preference". */
export type DecisionSpec = Record<string, Extract<FieldSpec, { kind: 'enum' }>>;

/** Builds the URL fields from the questions. */
export function decisionSpec(questions: readonly Pick<GuideQuestion, 'id' | 'options'>[]): DecisionSpec {
  const spec: DecisionSpec = {};
  for (const q of questions) {
    spec[answerParam(q.id)] = { kind: 'enum', values: q.options.map((o) => o.id), default: q.options[0]!.id };
  }
  return spec;
}

/** The answers a decoded URL state gives, without the defaults. */
export function answersOf(questions: readonly GuideQuestion[], state: StateOf<DecisionSpec>): Answers {
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const v = state[answerParam(q.id)];
    if (v && v !== q.options[0]!.id && q.options.some((o) => o.id === v)) answers[q.id] = v;
  }
  return answers;
}

/** The URL state for a set of answers (every question present, defaults included). */
export function stateFor(
  questions: readonly Pick<GuideQuestion, 'id' | 'options'>[],
  answers: Answers,
): StateOf<DecisionSpec> {
  const state: StateOf<DecisionSpec> = {};
  for (const q of questions) state[answerParam(q.id)] = chosenOption(q, answers).id;
  return state;
}

/** The short `data-state` string: the first choice, then each answered question. */
export function describeState(
  questions: readonly GuideQuestion[],
  answers: Answers,
  rows: readonly RankedRow[],
): string {
  const parts = [`top=${topOf(rows)?.technology ?? 'none'}`];
  for (const q of questions) if (answers[q.id]) parts.push(`${q.id}=${answers[q.id]}`);
  return parts.join(';');
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** A candidate's place in words: "1st", "tied for 2nd", "ruled out" or "not available". */
export function placeLabel(row: RankedRow, rows: readonly RankedRow[]): string {
  if (!row.available) return 'not available';
  if (row.excluded || row.place === null) return 'ruled out';
  const tied = rows.some((o) => o !== row && o.available && !o.excluded && o.score === row.score);
  return `${tied ? 'tied for ' : ''}${ordinal(row.place)}`;
}

/** A score in words: "+3 points", "0 points", "−1 point". */
export function scoreLabel(score: number): string {
  const sign = score > 0 ? '+' : score < 0 ? '−' : '';
  return `${sign}${Math.abs(score)} point${Math.abs(score) === 1 ? '' : 's'}`;
}
