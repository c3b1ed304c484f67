/**
 * What a matrix cell shows at a date, for the page (at build time) and the browser (when the
 * reader moves the date). Pure and free of zod. A cell is its states in time order; a column is
 * its system's lifespan.
 */
import { cellAt, lifeAt, type Lifespan } from './at-date';
import { formatPartialDate } from './dates';
import { LIFE_LABELS, STATUS_LABELS, type CellStatus, type LifeState } from './vocabulary';

/** One state as the date logic needs it. */
export interface StateLite {
  status: CellStatus;
  value: string;
  since?: { date?: string };
  until?: { date: string };
}

/** A cell's states in time order, oldest first (the state today last). */
export interface CellLite {
  history: StateLite[];
  status: CellStatus;
  value: string;
  since?: { date?: string };
}

/** What one cell shows: a status (or a life state of its column) with its words and value. */
export interface CellView {
  status: CellStatus | LifeState;
  label: string;
  value: string;
  /** Index of the state shown in the cell's history list (the state today is the last). */
  index: number | null;
}

/** The cell at a date, given its column's lifespan. */
export function cellViewAt(cell: CellLite, span: Lifespan | undefined, at: string): CellView {
  const life = span ? lifeAt(span, at) : 'alive';
  if (life === 'not-yet')
    return {
      status: life,
      label: LIFE_LABELS[life],
      value: `First released ${formatPartialDate(span!.first)}`,
      index: null,
    };
  if (life === 'ended') {
    // An ended system keeps its last answer on show, marked as ended.
    const last = cell.history.length;
    return {
      status: life,
      label: LIFE_LABELS[life],
      value: cell.value,
      index: last,
    };
  }
  const found = cellAt<StateLite>({ ...cell, history: cell.history }, at);
  if (found.kind === 'before') {
    const from = found.next.since?.date;
    return {
      status: 'not-yet',
      label: LIFE_LABELS['not-yet'],
      value: from ? `Arrived ${formatPartialDate(from)}` : 'Not yet',
      index: null,
    };
  }
  const s = found.state;
  return { status: s.status, label: STATUS_LABELS[s.status], value: s.value, index: found.index };
}
