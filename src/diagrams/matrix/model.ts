/**
 * The comparison matrix as the page and the exports use it: systems in column order with their
 * names, group labels, the "since" string, and the shapes of /data/matrix.json and .csv. Pure.
 */
import type { MatrixCell, MatrixDimension } from '../../schemas/matrix';
import { MatrixGroups } from '../../schemas/matrix';
import type { Technology } from '../../schemas/technology';

/** A matrix group's id. */
export type MatrixGroup = (typeof MatrixGroups)[number];

/** The heading of each group of rows. */
export const GROUP_LABELS: Record<MatrixGroup, string> = {
  approach: 'Approach',
  cpu: 'CPU',
  memory: 'Memory',
  io: 'I/O',
  isolation: 'Isolation',
  resources: 'Resource control',
  operations: 'Operations',
  platform: 'Platform',
  project: 'Project',
};

/** A system (column) of the matrix. */
export interface MatrixSystem {
  id: string;
  name: string;
  /** Its page on the site, if it has one. */
  page?: string;
}

/**
 * The systems in the order their cells first appear, named from technologies.yaml. Throws when a
 * dimension lacks a cell for a system or repeats one, naming the file, the entry and the system.
 */
export function matrixSystems(
  matrix: readonly MatrixDimension[],
  technologies: readonly Technology[],
): MatrixSystem[] {
  const ids = [...new Set(matrix.flatMap((d) => d.cells.map((c) => c.system)))];
  for (const d of matrix) {
    const seen = d.cells.map((c) => c.system);
    const missing = ids.filter((id) => !seen.includes(id));
    const twice = seen.filter((id, i) => seen.indexOf(id) !== i);
    if (missing.length || twice.length) {
      const what = missing.length
        ? `has no cell for ${missing.join(', ')}`
        : `has two cells for ${twice.join(', ')}`;
      throw new Error(`content/data/cells: dimension "${d.id}" ${what}`);
    }
  }
  return ids.map((id) => {
    const t = technologies.find((x) => x.id === id);
    return { id, name: t?.name ?? id, page: t?.page };
  });
}

/**
 * The "since" qualifier as one string: the release (`Xen 3.0`, or `Linux 2.6.20` for a kernel
 * version), then the date in parentheses: `Linux 2.6.20 (2007-02)`. A date alone stays bare.
 */
export function formatSince(since: MatrixCell['since']): string {
  if (!since) return '';
  const release = [since.version, since.kernel && `Linux ${since.kernel}`].filter(Boolean).join(', ');
  if (!release) return since.date ?? '';
  return since.date ? `${release} (${since.date})` : release;
}

/** The shape of /data/matrix.json. */
export interface MatrixExport {
  dimensions: { id: string; group: string; label: string; description: string }[];
  systems: { id: string; name: string }[];
  cells: {
    system: string;
    dimension: string;
    value: string;
    status: string;
    note?: string;
    since?: string;
    sources: string[];
  }[];
}

/** Builds the JSON export: dimensions, systems, then one cell per system per dimension. */
export function buildMatrixExport(
  matrix: readonly MatrixDimension[],
  technologies: readonly Technology[],
): MatrixExport {
  const systems = matrixSystems(matrix, technologies);
  return {
    dimensions: matrix.map((d) => ({ id: d.id, group: d.group, label: d.label, description: d.description })),
    systems: systems.map((s) => ({ id: s.id, name: s.name })),
    cells: matrix.flatMap((d) =>
      systems.map((s) => {
        const c = d.cells.find((x) => x.system === s.id)!;
        return {
          system: c.system,
          dimension: d.id,
          value: c.value,
          status: c.status,
          ...(c.note ? { note: c.note } : {}),
          ...(c.since ? { since: formatSince(c.since) } : {}),
          sources: [...c.sources],
        };
      }),
    ),
  };
}

/** The CSV header of /data/matrix.csv. */
export const CSV_COLUMNS = [
  'system',
  'dimension',
  'group',
  'value',
  'status',
  'note',
  'since',
  'sources',
] as const;

/** The CSV records (header first) of the export: one per cell, sources joined by a space. */
export function matrixCsvRecords(data: MatrixExport): string[][] {
  const groupOf = new Map(data.dimensions.map((d) => [d.id, d.group]));
  return [
    [...CSV_COLUMNS],
    ...data.cells.map((c) => [
      c.system,
      c.dimension,
      groupOf.get(c.dimension) ?? '',
      c.value,
      c.status,
      c.note ?? '',
      c.since ?? '',
      c.sources.join(' '),
    ]),
  ];
}
