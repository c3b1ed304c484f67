/**
 * The side-by-side comparison's pure logic: which systems are chosen (from the URL or a select),
 * how the matrix rows line up by group, which rows differ, and the words the table prints.
 * No DOM and no schema values (importing those would pull zod into the browser bundle); the words
 * it prints come from src/lib/vocabulary.ts and src/lib/dates.ts.
 */
import type { MatrixCell, MatrixDimension } from '../schemas/matrix';
import type { StackBlock, StackSystem } from '../schemas/stack';
import { parseState, type FieldSpec } from './url-state';

/** The pair shown when the URL names none, or names junk. */
export const DEFAULT_SYSTEMS: readonly string[] = ['kvm', 'xen'];

/** The URL fields of the view, typed field by field. */
export type SideBySideSpec = {
  systems: Extract<FieldSpec, { kind: 'list' }>;
  diff: Extract<FieldSpec, { kind: 'bool' }>;
};

/** The URL fields of the view: `?systems=kvm,xen,openvz&diff=1`. */
export function sideBySideSpec(systems: readonly string[]): SideBySideSpec {
  return {
    systems: { kind: 'list', values: systems, default: DEFAULT_SYSTEMS, min: 2, max: 3 },
    diff: { kind: 'bool', default: false },
  };
}

/** The chosen systems, in order, and whether only differing rows are shown. */
export interface SideBySideState {
  systems: readonly string[];
  diff: boolean;
}

/** Reads the state from a query string; junk falls back to the defaults and is named in `rejected`. */
export function parseSideBySide(
  query: string,
  systems: readonly string[],
): SideBySideState & { rejected: string[] } {
  const { state, rejected } = parseState(sideBySideSpec(systems), query);
  return { systems: state.systems, diff: state.diff, rejected };
}

/** The state as the root element's data-state: `systems=kvm,xen;diff=0`. */
export function stateString(s: SideBySideState): string {
  return `systems=${s.systems.join(',')};diff=${s.diff ? 1 : 0}`;
}

/** Names joined for a sentence: `KVM and Xen`, `KVM, Xen and OpenVZ`. */
export function joinNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Puts `value` in select number `slot` (0-2; the third may be `none`). A system already shown in
 * another slot swaps places with the one it replaces, so the list never holds a system twice.
 */
export function pickSystem(chosen: readonly string[], slot: number, value: string): string[] {
  const next = [...chosen];
  if (slot === 2 && value === 'none') return next.slice(0, 2);
  if (value === 'none' || slot < 0 || slot > 2) return next;
  const at = next.indexOf(value);
  if (slot >= next.length) return at === -1 ? [...next, value] : next;
  if (at !== -1 && at !== slot) next[at] = next[slot]!;
  next[slot] = value;
  return next;
}

/** The systems the matrix describes, in the order of their first appearance. */
export function matrixSystems(dims: readonly MatrixDimension[]): string[] {
  return [...new Set(dims.flatMap((d) => d.cells.map((c) => c.system)))];
}

/** One matrix dimension with its cells keyed by system: one row of the table. */
export interface AlignedRow {
  id: string;
  label: string;
  cells: Record<string, MatrixCell | undefined>;
}

/** Rows grouped in the given group order (groups without rows are left out). */
export function alignMatrix(
  dims: readonly MatrixDimension[],
  groupOrder: readonly string[],
): { group: string; rows: AlignedRow[] }[] {
  const groups = [...groupOrder, ...new Set(dims.map((d) => d.group).filter((g) => !groupOrder.includes(g)))];
  return groups
    .map((group) => ({
      group,
      rows: dims
        .filter((d) => d.group === group)
        .map((d) => ({
          id: d.id,
          label: d.label,
          cells: Object.fromEntries(d.cells.map((c) => [c.system, c])),
        })),
    }))
    .filter((g) => g.rows.length > 0);
}

/** Whether the chosen systems' statuses on a row are not all the same (a missing cell counts). */
export function statusesDiffer(
  statuses: Record<string, string | undefined>,
  chosen: readonly string[],
): boolean {
  return new Set(chosen.map((s) => statuses[s] ?? '(none)')).size > 1;
}

/** The ids of the rows on which the chosen systems' statuses differ. */
export function differingRows(rows: readonly AlignedRow[], chosen: readonly string[]): string[] {
  return rows
    .filter((r) => statusesDiffer(Object.fromEntries(chosen.map((s) => [s, r.cells[s]?.status])), chosen))
    .map((r) => r.id);
}

/** The stack drawings of a matrix system, in data order: every stack whose technology it is (Xen has two, PV first). */
export function stacksFor(system: string, stacks: readonly StackSystem[]): StackSystem[] {
  return stacks.filter((s) => s.technology === system);
}

/** A stack's blocks by layer, in the given layer order, each layer's blocks left to right. */
export function blocksByLayer(stack: StackSystem, layers: readonly string[]): Record<string, StackBlock[]> {
  return Object.fromEntries(
    layers.map((l) => [l, stack.blocks.filter((b) => b.layer === l).sort((a, b) => a.col - b.col)]),
  );
}
