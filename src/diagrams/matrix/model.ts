/**
 * The comparison matrix as the page and the exports use it: systems in column order with their
 * names and lifespans, and the shapes of /data/matrix.json and .csv. Pure.
 */
import type { Lifespan } from '../../lib/at-date';
import { milestoneText } from '../../lib/dates';
import { STATUS_LABELS } from '../../lib/vocabulary';
import type { Evidence } from '../../schemas/common';
import type { CellState, MatrixCell, MatrixDimension, PastCellState } from '../../schemas/matrix';
import type { Technology } from '../../schemas/technology';

/** A system (column) of the matrix. */
export interface MatrixSystem {
  id: string;
  name: string;
  /** Its page on the site, if it has one. */
  page?: string;
  /** First release, and end or removal where there is one. */
  lifespan?: Lifespan;
}

/** A technology's lifespan: `dates.first` to `dates.last`, or to its removal from the kernel. */
export function lifespanOf(t: Technology | undefined): Lifespan | undefined {
  if (!t) return undefined;
  const last = t.dates.last ?? t.upstream.removed?.date;
  return last ? { first: t.dates.first, last } : { first: t.dates.first };
}

/** The systems in column order (the atlas has already checked that every row has each one). */
export function matrixSystems(
  matrix: readonly MatrixDimension[],
  technologies: readonly Technology[],
): MatrixSystem[] {
  const ids = matrix[0]?.cells.map((c) => c.system) ?? [];
  return ids.map((id) => {
    const t = technologies.find((x) => x.id === id);
    return { id, name: t?.name ?? id, page: t?.page, lifespan: lifespanOf(t) };
  });
}

/** A cell's states in time order: its history, then the state today. */
export function cellStates(c: MatrixCell): (CellState & { until?: PastCellState['until'] })[] {
  return [...c.history, c];
}

/** One state as exported. */
export interface StateExport {
  from?: string;
  until?: string;
  since?: string;
  status: string;
  statusLabel: string;
  value: string;
  note?: string;
  sources: string[];
  evidence: Evidence[];
}

/** The shape of /data/matrix.json. */
export interface MatrixExport {
  dimensions: { id: string; group: string; label: string; description: string }[];
  systems: { id: string; name: string; first?: string; last?: string }[];
  cells: (StateExport & { system: string; dimension: string; history: StateExport[] })[];
}

const exportState = (s: CellState & { until?: PastCellState['until'] }): StateExport => ({
  ...(s.since?.date ? { from: s.since.date } : {}),
  ...(s.until ? { until: s.until.date } : {}),
  ...(s.since ? { since: milestoneText(s.since) } : {}),
  status: s.status,
  statusLabel: STATUS_LABELS[s.status],
  value: s.value,
  ...(s.note ? { note: s.note } : {}),
  sources: [...s.sources],
  evidence: s.evidence.map((e) => ({ ...e })),
});

/**
 * Builds the JSON export: dimensions, systems, then one cell per system per dimension. A cell's
 * top-level fields are its state today; `history` lists every state in time order, today's last.
 */
export function buildMatrixExport(
  matrix: readonly MatrixDimension[],
  technologies: readonly Technology[],
): MatrixExport {
  const systems = matrixSystems(matrix, technologies);
  return {
    dimensions: matrix.map((d) => ({ id: d.id, group: d.group, label: d.label, description: d.description })),
    systems: systems.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.lifespan ? { first: s.lifespan.first } : {}),
      ...(s.lifespan?.last ? { last: s.lifespan.last } : {}),
    })),
    cells: matrix.flatMap((d) =>
      d.cells.map((c) => ({
        system: c.system,
        dimension: d.id,
        ...exportState(c),
        history: cellStates(c).map(exportState),
      })),
    ),
  };
}

/** The CSV header of /data/matrix.csv: one record per state, today's state marked `current`. */
export const CSV_COLUMNS = [
  'system',
  'dimension',
  'group',
  'current',
  'from',
  'until',
  'status',
  'value',
  'note',
  'since',
  'sources',
] as const;

/** The CSV records (header first) of the export: one per state, sources joined by a space. */
export function matrixCsvRecords(data: MatrixExport): string[][] {
  const groupOf = new Map(data.dimensions.map((d) => [d.id, d.group]));
  return [
    [...CSV_COLUMNS],
    ...data.cells.flatMap((c) =>
      c.history.map((s, i) => [
        c.system,
        c.dimension,
        groupOf.get(c.dimension) ?? '',
        i === c.history.length - 1 ? 'yes' : 'no',
        s.from ?? '',
        s.until ?? '',
        s.status,
        s.value,
        s.note ?? '',
        s.since ?? '',
        s.sources.join(' '),
      ]),
    ),
  ];
}
