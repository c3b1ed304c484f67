/**
 * The atlas at a date: parsing the `at` date of the URL, comparing the partial dates the data
 * keeps (`2006`, `2006-12`, `2006-12-11`), and finding what a cell or a system was at a date.
 * Pure and free of zod, so that the browser can use it too.
 *
 * A partial date stands for its first day: `2007-02` is 1 February 2007. A state that begins
 * (`since`) at S and ends (`until`) at U holds for S <= at < U.
 */

/** A partial date as the data writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `s` is a real partial date (month 01-12, a day that exists in that month). */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  return Number(y) >= 1900 && Number(y) <= 2100;
}

/** The first day a partial date stands for, as YYYY-MM-DD. */
export function startOf(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Compares two partial dates by their first days: negative, zero or positive. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const x = startOf(a);
  const y = startOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The outcome of reading an `at` value from a URL. */
export interface AtReading {
  /** The date to show, YYYY-MM-DD or shorter. */
  at: PartialDate;
  /** True when no `at` was given or it was malformed: the view shows today. */
  isToday: boolean;
  /** Set when a value was given but could not be read; the view says so. */
  rejected?: string;
}

/** Reads an `at` value: a real YYYY, YYYY-MM or YYYY-MM-DD no later than today, else today. */
export function readAt(value: string | null | undefined, today: string): AtReading {
  if (value == null || value === '') return { at: today, isToday: true };
  const v = value.trim();
  if (!isPartialDate(v)) return { at: today, isToday: true, rejected: value };
  if (compareDates(v, today) > 0) return { at: today, isToday: true, rejected: value };
  return { at: v, isToday: false };
}

/** A state that holds from `since` (if given) until `until` (if given). */
export interface Dated {
  since?: { date?: PartialDate };
  until?: { date: PartialDate };
}

/** Whether a state holds at a date. A state without a since date holds from the beginning. */
export function holdsAt(state: Dated, at: PartialDate): boolean {
  if (state.since?.date && compareDates(at, state.since.date) < 0) return false;
  if (state.until?.date && compareDates(at, state.until.date) >= 0) return false;
  return true;
}

/** A cell as the date logic sees it: the state today plus earlier states, oldest first. */
export interface DatedCell<S extends Dated = Dated> {
  history: readonly S[];
}

/**
 * What a cell showed at a date: one of its states, or `before` when the date falls before its
 * first dated state (the feature had not arrived; `next` is the state that came first).
 */
export type CellAt<S> = { kind: 'state'; state: S; index: number } | { kind: 'before'; next: S };

/** The states of a cell in time order: the history, then the state today. */
export function statesOf<S extends Dated>(cell: DatedCell<S> & S): S[] {
  return [...cell.history, cell];
}

/** Finds what a cell showed at a date. */
export function cellAt<S extends Dated>(cell: DatedCell<S> & S, at: PartialDate): CellAt<S> {
  const states = statesOf(cell);
  for (let i = states.length - 1; i >= 0; i--) {
    if (holdsAt(states[i]!, at)) return { kind: 'state', state: states[i]!, index: i };
  }
  return { kind: 'before', next: states[0]! };
}

/** A system's lifespan: first release, and end or removal where there is one. */
export interface Lifespan {
  first: PartialDate;
  last?: PartialDate;
}

/** Whether a system existed at a date: not yet released, alive, or ended. */
export function lifeAt(span: Lifespan, at: PartialDate): 'not-yet' | 'alive' | 'ended' {
  if (compareDates(at, span.first) < 0) return 'not-yet';
  if (span.last && compareDates(at, span.last) >= 0) return 'ended';
  return 'alive';
}
