/**
 * The browser side of DatedCell.astro: reads a cell's states back from its markup and shows the
 * state at a date. Shared by the matrix and the side-by-side view.
 */
import type { Lifespan } from '../../lib/at-date';
import { cellViewAt, type CellLite, type CellView, type StateLite } from '../../lib/matrix-states';
import type { CellStatus } from '../../lib/vocabulary';
import { setAttr } from './widget';

/** A rendered cell: its element, its states, and the parts that change with the date. */
export interface DatedCellRef {
  td: HTMLElement;
  system: string;
  cell: CellLite;
  status: HTMLElement;
  value: HTMLElement;
  items: HTMLElement[];
}

/** Reads a cell's states back from its markup. */
export function readDatedCell(td: HTMLElement): DatedCellRef {
  const items = [...td.querySelectorAll<HTMLElement>('li[data-i]')];
  const states: StateLite[] = items.map((li) => ({
    status: li.dataset.status as CellStatus,
    value: li.querySelector('.va-cell-v')?.textContent ?? '',
    since: li.dataset.since ? { date: li.dataset.since } : undefined,
    until: li.dataset.until ? { date: li.dataset.until } : undefined,
  }));
  const status = td.querySelector<HTMLElement>(':scope > .va-cell-status')!;
  const value = td.querySelector<HTMLElement>(':scope > .va-cell-value')!;
  // A single-state cell shown outside its state (a column not yet released) keeps it here.
  const only = td.querySelector<HTMLElement>('.va-cell-only');
  const today: StateLite = states.at(-1) ?? {
    status: (only?.dataset.status ?? td.dataset.status) as CellStatus,
    value: only ? (only.querySelector('.va-cell-v')?.textContent ?? '') : (value.textContent ?? ''),
    since: td.dataset.since ? { date: td.dataset.since } : undefined,
  };
  return {
    td,
    system: td.dataset.system!,
    cell: { ...today, history: states.slice(0, -1) },
    status,
    value,
    items,
  };
}

/** Shows a cell as it stood at a date; returns what it shows. */
export function showDatedCell(c: DatedCellRef, span: Lifespan | undefined, at: string): CellView {
  const view = cellViewAt(c.cell, span, at);
  setAttr(c.td, 'data-status', view.status);
  if (c.status.textContent !== view.label) c.status.textContent = view.label;
  if (c.value.textContent !== view.value) c.value.textContent = view.value;
  c.items.forEach((li, i) => setAttr(li, 'aria-current', i === view.index ? 'true' : null));
  return view;
}
