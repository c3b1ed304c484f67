/**
 * The isolation explorer's view state, as the URL keeps it, and the rule that decides whether a
 * mark shows. Pure and free of zod, so that the browser and the tests share it.
 *
 *   ?iso-sys=kvm&iso-from=2015&iso-to=2020&iso-impact=escape,privilege-escalation&iso-esc=cve-2015-3456
 */
import { compareDates, type PartialDate } from '../../lib/at-date';
import type { FieldSpec, StateOf } from '../../lib/url-state';
import { ESCAPE_IMPACTS } from '../../lib/vocabulary';

/** The `iso-sys` value that shows every system. */
export const ALL_SYSTEMS = 'all';
/** The `iso-esc` value that selects no escape. */
export const NO_ESCAPE = 'none';

/** The URL fields of the explorer, typed field by field. */
export type IsolationSpec = {
  'iso-sys': Extract<FieldSpec, { kind: 'enum' }>;
  'iso-from': Extract<FieldSpec, { kind: 'int' }>;
  'iso-to': Extract<FieldSpec, { kind: 'int' }>;
  'iso-impact': Extract<FieldSpec, { kind: 'list' }>;
  'iso-esc': Extract<FieldSpec, { kind: 'enum' }>;
};

/** The decoded state. */
export type IsolationState = StateOf<IsolationSpec>;

/** The URL fields, built from the systems and escapes the page rendered and the years they span. */
export function isolationSpec(
  systems: readonly string[],
  escapeIds: readonly string[],
  [first, last]: readonly [number, number],
): IsolationSpec {
  return {
    'iso-sys': { kind: 'enum', values: [ALL_SYSTEMS, ...systems], default: ALL_SYSTEMS },
    'iso-from': { kind: 'int', min: first, max: last, default: first },
    'iso-to': { kind: 'int', min: first, max: last, default: last },
    'iso-impact': { kind: 'list', values: ESCAPE_IMPACTS, default: ESCAPE_IMPACTS },
    'iso-esc': { kind: 'enum', values: [NO_ESCAPE, ...escapeIds], default: NO_ESCAPE },
  };
}

/**
 * Corrects a state that is valid field by field but not as a whole: a period that ends before it
 * starts falls back to the whole span. `changed` says whether anything was corrected.
 */
export function normalizeIsolation(
  s: IsolationState,
  spec: IsolationSpec,
): { state: IsolationState; changed: boolean } {
  if (s['iso-from'] <= s['iso-to']) return { state: s, changed: false };
  return {
    state: { ...s, 'iso-from': spec['iso-from'].default, 'iso-to': spec['iso-to'].default },
    changed: true,
  };
}

/** What the filters need to know about an escape. */
export interface MarkFacts {
  date: PartialDate;
  impact: string;
  systems: readonly string[];
}

/**
 * Whether an escape shows: `later` when it was disclosed after the date the page shows, `filtered`
 * when the filters leave it out, else `shown`.
 */
export function markStatus(m: MarkFacts, s: IsolationState, at: PartialDate): 'shown' | 'filtered' | 'later' {
  if (compareDates(m.date, at) > 0) return 'later';
  const year = Number(m.date.slice(0, 4));
  const sys = s['iso-sys'];
  if (year < s['iso-from'] || year > s['iso-to']) return 'filtered';
  if (!s['iso-impact'].includes(m.impact)) return 'filtered';
  if (sys !== ALL_SYSTEMS && !m.systems.includes(sys)) return 'filtered';
  return 'shown';
}

/** The state as the root element's data-state: `sys=kvm;from=2015;to=2026;impact=all;esc=none`. */
export function describeState(s: IsolationState): string {
  const impacts =
    s['iso-impact'].length === ESCAPE_IMPACTS.length ? 'all' : s['iso-impact'].join(',') || 'none';
  return `sys=${s['iso-sys']};from=${s['iso-from']};to=${s['iso-to']};impact=${impacts};esc=${s['iso-esc']}`;
}
