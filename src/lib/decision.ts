/**
 * Decision-guide scoring: pure functions from questions, answers and an era to a ranked list of
 * candidate systems with the reasons for and against each. No DOM; the page and the browser share it.
 */
import type { DecisionEffect, DecisionQuestion } from '../schemas/decision';
import { parseState, writeState, type StateOf, type StateSpec } from './url-state';

/** The two points in time the guide can answer for. */
export const Eras = ['2007', 'today'] as const;
/** An era the guide answers for. */
export type Era = (typeof Eras)[number];
/** The era shown when the URL names none. */
export const DEFAULT_ERA: Era = 'today';

/** The systems the guide ranks, in the fixed order that breaks ties. */
export const DECISION_CANDIDATES = ['kvm', 'xen', 'openvz', 'linux-vserver', 'qemu', 'lguest'] as const;

/** Points per effect; `excludes` removes a system from the scored ranking instead. */
export const EFFECT_POINTS = { 'strong-for': 2, for: 1, against: -1 } as const;

/** The chosen option id of each answered question. */
export type Answers = Readonly<Record<string, string>>;

/** One reason behind a candidate's place: which answer produced it, its effect and its sources. */
export interface DecisionReason {
  question: string;
  option: string;
  effect: DecisionEffect['effect'];
  reason: string;
  sources: readonly string[];
}

/** A candidate's place in the ranking. */
export interface RankedCandidate {
  technology: string;
  score: number;
  excluded: boolean;
  /** 1 for the best score; tied candidates share a place; null when excluded. */
  place: number | null;
  pros: DecisionReason[];
  cons: DecisionReason[];
  exclusions: DecisionReason[];
}

/** Whether an effect speaks about the given era. */
export function appliesIn(effect: Pick<DecisionEffect, 'era'>, era: Era): boolean {
  return effect.era === 'both' || effect.era === era;
}

/** The option a question's answer selects, falling back to the default (first) option. */
export function chosenOption(question: DecisionQuestion, answers: Answers) {
  const id = answers[question.id];
  return question.options.find((o) => o.id === id) ?? question.options[0]!;
}

/**
 * Ranks the candidates: scored ones first, by score and then by their order in `candidates`;
 * excluded ones last, in that order, carrying the reasons that exclude them.
 */
export function rankCandidates(
  questions: readonly DecisionQuestion[],
  answers: Answers,
  era: Era,
  candidates: readonly string[] = DECISION_CANDIDATES,
): RankedCandidate[] {
  const rows = new Map(
    candidates.map((t): [string, RankedCandidate] => [
      t,
      { technology: t, score: 0, excluded: false, place: null, pros: [], cons: [], exclusions: [] },
    ]),
  );
  for (const q of questions) {
    const option = chosenOption(q, answers);
    for (const e of option.effects) {
      const row = rows.get(e.technology);
      if (!row || !appliesIn(e, era)) continue;
      const reason: DecisionReason = {
        question: q.id,
        option: option.id,
        effect: e.effect,
        reason: e.reason,
        sources: e.sources,
      };
      if (e.effect === 'excludes') {
        row.excluded = true;
        row.exclusions.push(reason);
      } else {
        row.score += EFFECT_POINTS[e.effect];
        (e.effect === 'against' ? row.cons : row.pros).push(reason);
      }
    }
  }
  const order = (t: string) => candidates.indexOf(t);
  const all = [...rows.values()];
  const scored = all
    .filter((r) => !r.excluded)
    .sort((a, b) => b.score - a.score || order(a.technology) - order(b.technology));
  for (const r of scored) r.place = 1 + scored.filter((o) => o.score > r.score).length;
  return [...scored, ...all.filter((r) => r.excluded)];
}

/** Problems with the guide's data that the schema cannot see; empty when the data is sound. */
export function checkDecisionQuestions(
  questions: readonly DecisionQuestion[],
  candidates: readonly string[] = DECISION_CANDIDATES,
): string[] {
  const problems: string[] = [];
  for (const q of questions) {
    const where = `decision question "${q.id}"`;
    if (q.options[0]!.effects.length)
      problems.push(`${where}: the first option is the default and must have no effects`);
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) problems.push(`${where}: option ids repeat`);
    for (const o of q.options) {
      const seen = new Set<string>();
      for (const e of o.effects) {
        if (!candidates.includes(e.technology))
          problems.push(
            `${where}, option "${o.id}": "${e.technology}" is not a candidate (${candidates.join(', ')})`,
          );
        for (const era of Eras) {
          if (!appliesIn(e, era)) continue;
          const key = `${e.technology}@${era}`;
          if (seen.has(key))
            problems.push(`${where}, option "${o.id}": two effects for ${e.technology} in ${era}`);
          seen.add(key);
        }
      }
    }
  }
  return problems;
}

/** The URL parameter that holds a question's answer. */
export const answerParam = (questionId: string) => `d-${questionId}`;

/** The URL fields of the guide: `d-era` plus one `d-<questionId>` per question. */
export function decisionStateSpec(questions: readonly DecisionQuestion[]): StateSpec {
  const spec: StateSpec = { 'd-era': { kind: 'enum', values: Eras, default: DEFAULT_ERA } };
  for (const q of questions) {
    spec[answerParam(q.id)] = { kind: 'enum', values: q.options.map((o) => o.id), default: q.options[0]!.id };
  }
  return spec;
}

/** The guide's state: the era and the non-default answers. */
export interface DecisionState {
  era: Era;
  answers: Record<string, string>;
}

/** Reads the guide's state from a query string; junk falls back to defaults and is listed. */
export function parseDecisionState(
  questions: readonly DecisionQuestion[],
  query: string | URLSearchParams,
): DecisionState & { rejected: string[] } {
  const { state, rejected } = parseState(decisionStateSpec(questions), query);
  return { ...fromFields(questions, state as unknown as Record<string, string>), rejected };
}

/** Writes the guide's state into `params`, leaving out defaults and other widgets' fields alone. */
export function writeDecisionState(
  questions: readonly DecisionQuestion[],
  state: DecisionState,
  params: URLSearchParams,
): URLSearchParams {
  return writeState(
    decisionStateSpec(questions),
    toFields(questions, state) as unknown as StateOf<StateSpec>,
    params,
  );
}

/** Converts decoded URL fields into the guide's state. */
export function fromFields(
  questions: readonly DecisionQuestion[],
  fields: Readonly<Record<string, string>>,
): DecisionState {
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const v = fields[answerParam(q.id)];
    if (v && v !== q.options[0]!.id && q.options.some((o) => o.id === v)) answers[q.id] = v;
  }
  const era = (Eras as readonly string[]).includes(fields['d-era'] ?? '')
    ? (fields['d-era'] as Era)
    : DEFAULT_ERA;
  return { era, answers };
}

/** Converts the guide's state into URL fields (every question present, defaults included). */
export function toFields(
  questions: readonly DecisionQuestion[],
  state: DecisionState,
): Record<string, string> {
  const fields: Record<string, string> = { 'd-era': state.era };
  for (const q of questions) fields[answerParam(q.id)] = chosenOption(q, state.answers).id;
  return fields;
}

/** The short `data-state` string: era, top candidate, then each non-default answer. */
export function describeState(
  questions: readonly DecisionQuestion[],
  state: DecisionState,
  ranking: readonly RankedCandidate[],
): string {
  const top = ranking[0] && !ranking[0].excluded ? ranking[0].technology : 'none';
  const parts = [`era=${state.era}`, `top=${top}`];
  for (const q of questions) if (state.answers[q.id]) parts.push(`${q.id}=${state.answers[q.id]}`);
  return parts.join(';');
}

/** How each effect is named in the guide's text. */
export const EFFECT_LABELS: Record<DecisionEffect['effect'], string> = {
  'strong-for': 'strongly for (+2)',
  for: 'for (+1)',
  against: 'against (−1)',
  excludes: 'rules it out',
};

/** How each era of an effect is named in the guide's text. */
export const ERA_LABELS: Record<DecisionEffect['era'], string> = {
  '2007': 'in 2007',
  today: 'today',
  both: 'in 2007 and today',
};

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A candidate's place in words: "1st", "tied for 2nd" or "ruled out". */
export function placeLabel(row: RankedCandidate, ranking: readonly RankedCandidate[]): string {
  if (row.excluded || row.place === null) return 'ruled out';
  const tied = ranking.some((o) => o !== row && !o.excluded && o.score === row.score);
  return `${tied ? 'tied for ' : ''}${ordinal(row.place)}`;
}

/** A score in words: "+3 points", "0 points", "−1 point". */
export function scoreLabel(score: number): string {
  const sign = score > 0 ? '+' : score < 0 ? '−' : '';
  return `${sign}${Math.abs(score)} point${Math.abs(score) === 1 ? '' : 's'}`;
}

/** A string that changes whenever a candidate's reasons change (the client skips identical redraws). */
export function reasonSignature(row: RankedCandidate): string {
  return [...row.exclusions, ...row.pros, ...row.cons]
    .map((r) => `${r.question}:${r.option}:${r.effect}:${r.reason}`)
    .join('|');
}
