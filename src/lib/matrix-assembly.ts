/**
 * Joins the matrix's dimensions (content/data/dimensions.yaml) with the cells of each system
 * (content/data/cells/<system>.yaml) into rows with one cell per column, and checks that every
 * system answers every dimension once and that each cell's history runs in order.
 */
import type { MatrixCell, MatrixDimension } from '../schemas/matrix';
import type { AtlasData } from './data-kinds';
import { compareDates } from './at-date';
import type { ContentProblem } from './errors';

const cellFile = (system: string) => `content/data/cells/${system}.yaml`;

const placeholder = {
  value: 'Not written yet',
  status: 'unknown' as const,
  sources: [],
  evidence: [],
  history: [],
};

/** The column set whose order is the matrix's column order (content/data/column-sets.yaml). */
export const ALL_COLUMNS = 'all';

/**
 * The matrix's columns: the technologies that have a cells file, in the order of the column set
 * `all` where there is one (a system missing from it is reported), else of technologies.yaml.
 */
export function matrixColumns(
  data: Pick<AtlasData, 'technologies' | 'cells' | 'columnSets'>,
  problems: ContentProblem[] = [],
): string[] {
  const withCells = new Set(data.cells.map((c) => c.system));
  const all = data.columnSets.find((s) => s.id === ALL_COLUMNS);
  if (!all) return data.technologies.map((t) => t.id).filter((id) => withCells.has(id));
  for (const id of withCells)
    if (!all.systems.includes(id))
      problems.push({
        file: 'content/data/column-sets.yaml',
        entry: ALL_COLUMNS,
        field: 'systems',
        message: `lacks "${id}", which has a cells file: the set fixes the matrix's column order`,
      });
  return all.systems.filter((id) => withCells.has(id));
}

/** Reports cells whose history is out of order or does not lead up to the state today. */
export function historyProblems(cell: MatrixCell): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) =>
    problems.push({ file: cellFile(cell.system), entry: cell.dimension, field, message });
  cell.history.forEach((h, i) => {
    if (!h.since?.date) at(`history[${i}].since.date`, 'is missing: every earlier state says when it began');
    else if (compareDates(h.since.date, h.until.date) > 0)
      at(`history[${i}].until.date`, `is before its since.date ${h.since.date}`);
    const next = cell.history[i + 1]?.since?.date ?? cell.since?.date;
    if (next && compareDates(h.until.date, next) > 0)
      at(`history[${i}].until.date`, `runs past the next state, which begins ${next}`);
  });
  if (cell.history.length && !cell.since?.date)
    at('since.date', 'is missing: a cell with history says when its state today began');
  return problems;
}

/**
 * Builds the rows of the matrix. Unknown dimensions and disordered histories go to `problems`;
 * missing cells go to `gaps` (a column still being filled in), which is `problems` unless given.
 */
export function assembleMatrix(
  data: Pick<AtlasData, 'technologies' | 'cells' | 'dimensions' | 'columnSets'>,
  problems: ContentProblem[],
  gaps: ContentProblem[] = problems,
): MatrixDimension[] {
  const columns = matrixColumns(data, problems);
  const dimIds = new Set(data.dimensions.map((d) => d.id));
  const byKey = new Map(data.cells.map((c) => [`${c.system}/${c.dimension}`, c]));
  for (const c of data.cells) {
    if (!dimIds.has(c.dimension))
      problems.push({
        file: cellFile(c.system),
        entry: c.dimension,
        field: 'dimension',
        message: `unknown dimension "${c.dimension}" (see content/data/dimensions.yaml)`,
      });
    problems.push(...historyProblems(c));
  }
  return data.dimensions.map((d) => {
    const cells: MatrixCell[] = [];
    for (const system of columns) {
      const cell = byKey.get(`${system}/${d.id}`);
      if (cell) cells.push(cell);
      else {
        gaps.push({ file: cellFile(system), entry: d.id, message: `has no cell for dimension "${d.id}"` });
        // Only a work-in-progress build (VA_WIP=1) gets this far with a gap; it shows the hole.
        cells.push({ ...placeholder, system, dimension: d.id });
      }
    }
    return { ...d, cells };
  });
}
