/**
 * The decision record: a Markdown architecture decision record (ADR) of what the guide shows,
 * built in the browser from the current answers and date. Pure: data in, text out; client.ts
 * gathers the data from the rendered page and offers the text as a download.
 */

/** A source as the record cites it: its label and an absolute address. */
export interface RecordSource {
  label: string;
  href: string;
}

/** One reason shown for a candidate. */
export interface RecordReason {
  /** "strongly for (+2)" and the like. */
  effect: string;
  answer: string;
  reason: string;
  /** When it holds, in words ("from December 2009"), or "". */
  when: string;
  sources: RecordSource[];
}

/** One candidate as the record lists it. */
export interface RecordRow {
  name: string;
  status: 'ranked' | 'excluded' | 'unavailable';
  place: string;
  score: string;
  /** Why it is not available at the date, for unavailable ones. */
  note?: string;
  noteSources?: RecordSource[];
  reasons: RecordReason[];
}

/** Everything the record says. */
export interface RecordInput {
  /** The date shown, as YYYY[-MM[-DD]] and in words. */
  at: string;
  atText: string;
  /** The day the record is made, YYYY-MM-DD. */
  generated: string;
  /** The guide's address with the answers and date (the view to come back to). */
  url: string;
  answers: { question: string; answer: string }[];
  summary: string;
  flip: string;
  rows: RecordRow[];
  links: { label: string; href: string }[];
}

/** Escapes text so that Markdown prints it as written. */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const link = (s: RecordSource) => `[${mdText(s.label)}](${s.href})`;
const cites = (sources: readonly RecordSource[]) =>
  sources.length ? ` Sources: ${sources.map(link).join('; ')}.` : '';

function reasonLine(r: RecordReason): string {
  const when = r.when ? ` (${mdText(r.when)})` : '';
  return `- ${mdText(r.effect)}, for the answer *${mdText(r.answer)}*: ${mdText(r.reason)}${when}${cites(r.sources)}`;
}

function rowBlock(r: RecordRow, heading: string): string[] {
  const lines = [`### ${heading}`, ''];
  if (r.note) lines.push(`${mdText(r.note)}${cites(r.noteSources ?? [])}`, '');
  if (r.reasons.length) lines.push(...r.reasons.map(reasonLine), '');
  else if (r.status !== 'unavailable') lines.push('No stated requirement affects it.', '');
  return lines;
}

/** The file name of the record: `adr-virtualization-2026-11-30.md`. */
export function recordFileName(at: string): string {
  return `adr-virtualization-${at.replace(/[^0-9-]/g, '')}.md`;
}

/** Builds the Markdown record. */
export function buildDecisionRecord(d: RecordInput): string {
  const ranked = d.rows.filter((r) => r.status === 'ranked');
  const top = ranked[0];
  const sources = new Map<string, RecordSource>();
  for (const r of d.rows)
    for (const s of [...(r.noteSources ?? []), ...r.reasons.flatMap((x) => x.sources)])
      sources.set(s.href, s);
  const out = [
    `# ADR: choosing a Linux virtualization system (${mdText(d.atText)})`,
    '',
    '- Status: proposed',
    `- Date shown: ${mdText(d.atText)} (the atlas as it stood on that day)`,
    `- Generated: ${d.generated}, from the Virtualization Atlas decision guide`,
    `- View in the atlas: <${d.url}>`,
    '',
    '## Context and requirements',
    '',
    'The requirements below were stated in the decision guide, which weighs every stated requirement alike and knows only what its sources say. Check the cited sources before relying on the result.',
    '',
    '| Question | Answer |',
    '| --- | --- |',
    ...d.answers.map((a) => `| ${mdText(a.question)} | ${mdText(a.answer)} |`),
    '',
    '## Decision',
    '',
    top
      ? `First choice: **${mdText(top.name)}** (${mdText(top.place)}, ${mdText(top.score)}).`
      : 'No system remains: every one is ruled out or unavailable.',
    '',
    mdText(d.summary),
    '',
    '### What would flip it',
    '',
    mdText(d.flip),
    '',
    '## Ranking',
    '',
    ...ranked.flatMap((r) => rowBlock(r, `${mdText(r.place)}: ${mdText(r.name)} (${mdText(r.score)})`)),
  ];
  const excluded = d.rows.filter((r) => r.status === 'excluded');
  if (excluded.length) out.push('## Ruled out', '', ...excluded.flatMap((r) => rowBlock(r, mdText(r.name))));
  const off = d.rows.filter((r) => r.status === 'unavailable');
  if (off.length)
    out.push(
      `## Not available as of ${mdText(d.atText)}`,
      '',
      ...off.flatMap((r) => rowBlock(r, mdText(r.name))),
    );
  out.push('## Links', '', ...d.links.map((l) => `- ${mdText(l.label)}: <${l.href}>`), '');
  if (sources.size) out.push('## Sources', '', ...[...sources.values()].map((s) => `- ${link(s)}`), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
