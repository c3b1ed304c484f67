/**
 * Gathers the decision record's content from what the guide shows: the answers, the ranking, each
 * candidate's visible reasons with their source links (made absolute), and the links onward.
 */
import { formatPartialDate } from '../../lib/dates';
import {
  chosenOption,
  placeLabel,
  scoreLabel,
  type Answers,
  type GuideQuestion,
  type RankedRow,
} from '../../lib/decision';
import type { RecordInput, RecordReason, RecordRow, RecordSource } from './record';
import type { Names } from './text';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The source links inside an element, with absolute addresses. */
function sourcesIn(el: Element | null): RecordSource[] {
  if (!el) return [];
  return [...el.querySelectorAll<HTMLAnchorElement>('.va-cite a')].map((a) => ({
    label: text(a),
    href: a.href,
  }));
}

/** What the client knows that the page does not show as text. */
export interface RecordContext {
  at: string;
  generated: string;
  url: string;
  rows: RankedRow[];
  questions: readonly GuideQuestion[];
  answers: Answers;
  names: Names;
}

/** Reads the record's content from the guide's rendered, current state. */
export function readRecord(root: HTMLElement, c: RecordContext): RecordInput {
  const atText = formatPartialDate(c.at);
  const rows: RecordRow[] = c.rows.map((row) => {
    const li = root.querySelector<HTMLElement>(`li[data-system="${CSS.escape(row.technology)}"]`)!;
    const reasons: RecordReason[] = [...li.querySelectorAll<HTMLElement>('li[data-q]')]
      .filter((r) => !r.hidden)
      .map((r) => ({
        effect: text(r.querySelector('.va-decision-effect')),
        answer: text(r.querySelector('.va-decision-answer')),
        reason: text(r.querySelector('.va-decision-why')),
        when: text(r.querySelector('.va-decision-when')).replace(/^\(|\)$/g, ''),
        sources: sourcesIn(r),
      }));
    const life = [...li.querySelectorAll<HTMLElement>('[data-life]')].find((p) => !p.hidden);
    return {
      name: c.names.name(row.technology),
      status: !row.available ? 'unavailable' : row.excluded ? 'excluded' : 'ranked',
      place: placeLabel(row, c.rows),
      score: scoreLabel(row.score),
      ...(life ? { note: text(life).replace(/\s*\[[^\]]*\]\s*$/, ''), noteSources: sourcesIn(life) } : {}),
      reasons,
    };
  });
  const abs = (sel: string) => root.querySelector<HTMLAnchorElement>(sel)!.href;
  return {
    at: c.at,
    atText,
    generated: c.generated,
    url: c.url,
    answers: c.questions.map((q) => ({
      question: c.names.question(q.id),
      answer: c.names.option(q.id, chosenOption(q, c.answers).id),
    })),
    summary: text(root.querySelector('[data-summary]')),
    flip: text(root.querySelector('[data-flip]')),
    rows,
    links: [
      { label: 'This view in the decision guide', href: c.url },
      { label: text(root.querySelector('[data-compare]')), href: abs('[data-compare]') },
      { label: text(root.querySelector('[data-matrix]')), href: abs('[data-matrix]') },
    ],
  };
}
