/**
 * Pure queries over the comparison matrix: the widget's URL fields, the order of the rows, which
 * rows and columns are shown, the data-state string, and RFC 4180 CSV for the export. No DOM:
 * the widget's client reads its rows from the rendered table and feeds them to these functions.
 */
import { compareDates } from './at-date';
import type { StateOf, StateSpec } from './url-state';
import { CELL_STATUSES, LIFE_STATES, STATUS_LABELS, type CellStatus } from './vocabulary';

export { STATUS_LABELS, type CellStatus };

/** Every status a filter can pick, most support first, then the column states at a date. */
export const STATUS_ORDER = [...CELL_STATUSES, ...LIFE_STATES] as const;

/** The ways the rows can be ordered: data order by group, dimension name, one system's status. */
export const SORTS = ['group', 'name', 'status'] as const;

/** One row (dimension) as the queries see it; `status` maps a system id to its cell's status. */
export interface QueryRow {
  id: string;
  group: string;
  label: string;
  /** Position in the data, the tie-breaker of every sort. */
  index: number;
  status: Readonly<Record<string, string>>;
}

/**
 * The widget's URL fields (all prefixed `m-`) for its systems (columns), groups and column sets.
 * `m-set` picks the columns: `auto` (the default set for the date shown), a named set,
 * or `custom`, which shows the systems listed in `m-cols`.
 */
export function matrixSpec(
  systems: readonly string[],
  groups: readonly string[],
  sets: readonly string[] = [],
) {
  return {
    'm-sort': { kind: 'enum', values: SORTS, default: 'group' },
    'm-sys': { kind: 'enum', values: systems, default: systems[0] ?? '' },
    'm-status': { kind: 'enum', values: ['any', ...STATUS_ORDER], default: 'any' },
    'm-match': { kind: 'enum', values: ['only', 'mark'] as const, default: 'only' },
    'm-hide': { kind: 'list', values: groups, default: [] },
    'm-set': { kind: 'enum', values: ['auto', ...sets, 'custom'], default: 'auto' },
    'm-cols': { kind: 'list', values: systems, default: systems, min: 1 },
  } as const satisfies StateSpec;
}

/** A named set of columns, with the date from which it is the default view. */
export interface ColumnSetLite {
  id: string;
  label: string;
  systems: readonly string[];
  defaultFrom?: string;
}

/** The set shown by `auto` at a date: the one whose `defaultFrom` is the latest not after it. */
export function defaultSetAt(sets: readonly ColumnSetLite[], at: string): ColumnSetLite | undefined {
  return sets
    .filter((s) => s.defaultFrom && compareDates(s.defaultFrom, at) <= 0)
    .sort((a, b) => compareDates(b.defaultFrom!, a.defaultFrom!))[0];
}

/** The systems shown, in column order, for a state at a date. */
export function shownSystems(
  state: MatrixState,
  systems: readonly string[],
  sets: readonly ColumnSetLite[],
  at: string,
): string[] {
  const set =
    state['m-set'] === 'custom'
      ? undefined
      : state['m-set'] === 'auto'
        ? defaultSetAt(sets, at)
        : sets.find((s) => s.id === state['m-set']);
  const chosen = set ? set.systems : state['m-cols'];
  return systems.filter((s) => chosen.includes(s));
}

/** The spec of one matrix widget. */
export type MatrixSpec = ReturnType<typeof matrixSpec>;
/** The decoded state of one matrix widget. */
export type MatrixState = StateOf<MatrixSpec>;

/** The key of one cell, `<dimension>.<system>`: its anchor on the full record. */
export const cellKey = (dimension: string, system: string) => `${dimension}.${system}`;

/** Puts the list fields in column and group order, so that the default view writes no query. */
export function normalizeState(
  state: MatrixState,
  systems: readonly string[],
  groups: readonly string[],
): MatrixState {
  return {
    ...state,
    'm-hide': groups.filter((g) => state['m-hide'].includes(g)),
    'm-cols': systems.filter((s) => state['m-cols'].includes(s)),
  };
}

/** Orders the rows; every sort falls back to the data order, so the result is stable. */
export function sortRows(
  rows: readonly QueryRow[],
  state: MatrixState,
  groups: readonly string[],
): QueryRow[] {
  const group = (r: QueryRow) => groups.indexOf(r.group);
  const rank = (r: QueryRow) => {
    const i = (STATUS_ORDER as readonly string[]).indexOf(r.status[state['m-sys']] ?? '');
    return i < 0 ? STATUS_ORDER.length : i;
  };
  const compare: (a: QueryRow, b: QueryRow) => number =
    state['m-sort'] === 'name'
      ? (a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })
      : state['m-sort'] === 'status'
        ? (a, b) => rank(a) - rank(b) || group(a) - group(b)
        : (a, b) => group(a) - group(b);
  return [...rows].sort((a, b) => compare(a, b) || a.index - b.index);
}

/** Whether the chosen system's cell in this row has the chosen status (always, for "any"). */
export function matchesStatus(row: QueryRow, state: MatrixState): boolean {
  return state['m-status'] === 'any' || row.status[state['m-sys']] === state['m-status'];
}

/** Whether a row is shown: its group is not hidden and, unless matches are only marked, it matches. */
export function isRowVisible(row: QueryRow, state: MatrixState): boolean {
  if (state['m-hide'].includes(row.group)) return false;
  return state['m-match'] === 'mark' || matchesStatus(row, state);
}

/** Whether a row is highlighted: in "mark" mode, with a status chosen, when it matches. */
export function isRowMarked(row: QueryRow, state: MatrixState): boolean {
  return state['m-match'] === 'mark' && state['m-status'] !== 'any' && matchesStatus(row, state);
}

/** The plain-text count the widget announces after each change, and its caption uses. */
export function describeCounts(
  rows: readonly QueryRow[],
  state: MatrixState,
  shown: readonly string[],
  systems: readonly string[],
): string {
  const visible = rows.filter((r) => isRowVisible(r, state)).length;
  const marked = rows.filter((r) => isRowVisible(r, state) && isRowMarked(r, state)).length;
  const text = `Showing ${visible} of ${rows.length} dimensions and ${shown.length} of ${systems.length} systems`;
  return state['m-match'] === 'mark' && state['m-status'] !== 'any'
    ? `${text}; ${marked} highlighted.`
    : `${text}.`;
}

/** The short summary of the state kept in the root's data-state. */
export function describeState(
  state: MatrixState,
  shown: readonly string[],
  systems: readonly string[],
): string {
  const cols = shown.length === systems.length ? 'all' : shown.join(',');
  return [
    `set=${state['m-set']}`,
    `sort=${state['m-sort']}`,
    `sys=${state['m-sys']}`,
    `status=${state['m-status']}`,
    `match=${state['m-match']}`,
    `hide=${state['m-hide'].join(',') || 'none'}`,
    `cols=${cols}`,
  ].join(';');
}

/** Quotes one CSV field per RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serializes records as RFC 4180 CSV: fields quoted as needed, every record ended by CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
