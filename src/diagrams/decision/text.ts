/**
 * The words of the decision guide, in one place for the page (at build time), the browser and the
 * decision record: effect names, date ranges, the summary sentence and "what would flip it".
 * Imports no schema, so the browser bundle carries no zod.
 */
import { formatPartialDate } from '../../lib/dates';
import { joinNames } from '../../lib/side-by-side';
import { scoreLabel, topOf, type EffectKind, type Flip, type RankedRow } from '../../lib/decision';

/** How each effect is named. */
export const EFFECT_LABELS: Record<EffectKind, string> = {
  'strong-for': 'strongly for (+2)',
  for: 'for (+1)',
  against: 'against (−1)',
  excludes: 'rules it out',
};

/** The groups a candidate's reasons fall into, in display order. */
export const REASON_GROUPS = [
  { id: 'excludes', title: 'Ruled out because', effects: ['excludes'] },
  { id: 'for', title: 'For', effects: ['strong-for', 'for'] },
  { id: 'against', title: 'Against', effects: ['against'] },
] as const;

/** When an effect holds, in words: "", "from December 2009", "until October 2008", "from ... until ...". */
export function rangeText(since?: string, until?: string): string {
  if (since && until) return `from ${formatPartialDate(since)} until ${formatPartialDate(until)}`;
  if (since) return `from ${formatPartialDate(since)}`;
  if (until) return `until ${formatPartialDate(until)}`;
  return '';
}

/** "On 30 November 2026" for a day, "In February 2008" or "In 2004" for a month or a year. */
export function atPhrase(at: string): string {
  return `${at.length === 10 ? 'On' : 'In'} ${formatPartialDate(at)}`;
}

/** Looks up the words the sentences need. */
export interface Names {
  name: (technology: string) => string;
  question: (id: string) => string;
  option: (question: string, option: string) => string;
}

/** The summary sentence above the ranking. */
export function summaryText(rows: readonly RankedRow[], answered: number, at: string, names: Names): string {
  const offered = rows.filter((r) => r.available).length;
  if (!offered) return `${atPhrase(at)} none of the guide's systems was available.`;
  const head = `${atPhrase(at)}, ${offered} of the guide's ${rows.length} systems ${offered === 1 ? 'was' : 'were'} available`;
  if (!answered)
    return `${head}. With no requirement stated, each scores 0 and they keep the guide's fixed order.`;
  const top = topOf(rows);
  const out = rows.filter((r) => r.available && r.excluded).length;
  const leaders = rows.filter((r) => r.available && !r.excluded && r.place === 1);
  const lead = top
    ? `${joinNames(leaders.map((r) => names.name(r.technology)))} ${leaders.length > 1 ? 'share first place' : 'comes first'} (${scoreLabel(top.score)})`
    : 'every one is ruled out';
  return `${head}. For ${answered} stated requirement${answered === 1 ? '' : 's'}, ${lead}; ${out} ruled out.`;
}

/** "What would flip it", in one sentence. */
export function flipText(flip: Flip | null, rows: readonly RankedRow[], names: Names): string {
  const top = topOf(rows);
  if (!flip) {
    return top
      ? `No single change of answer moves ${names.name(top.technology)} from first place.`
      : 'No single change of answer gives any system first place.';
  }
  const q = `“${names.question(flip.question)}”`;
  const to = `“${names.option(flip.question, flip.to)}”`;
  const from = `“${names.option(flip.question, flip.from)}”`;
  const result = flip.newTop
    ? `would put ${names.name(flip.newTop)} first${flip.top ? ` instead of ${names.name(flip.top)}` : ''}`
    : `would rule out every system${flip.top ? `, ${names.name(flip.top)} included` : ''}`;
  return `Answering ${q} with ${to} instead of ${from} ${result}.`;
}
