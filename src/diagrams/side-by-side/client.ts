/**
 * <va-side-by-side>: shows the chosen two or three columns of the server-rendered table, in the
 * chosen order, as they stood at the date shown, and optionally only the rows where their
 * statuses differ.
 *
 *   select (slot 0-2) ──► pickSystem: new system, or swap with the slot that already shows it
 *   diff checkbox     ──► hide the matrix rows (and empty groups) whose statuses all agree
 *   date control      ──► every cell shows its state at the date; columns not yet released or
 *                         ended say so
 *   all               ──► data-state, data-at, URL (?systems=kvm,xen&diff=1), hidden cells, caption
 */
import type { Lifespan } from '../../lib/at-date';
import { lifeAt } from '../../lib/at-date';
import { formatPartialDate } from '../../lib/dates';
import {
  joinNames,
  pickSystem,
  sideBySideSpec,
  stateString,
  statusesDiffer,
  type SideBySideSpec,
} from '../../lib/side-by-side';
import { LIFE_LABELS } from '../../lib/vocabulary';
import { readPayload } from '../shared/client-dom';
import { readDatedCell, showDatedCell, type DatedCellRef } from '../shared/dated-cell';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';

class SideBySide extends UrlStateWidget<SideBySideSpec> {
  protected override readonly datedView = true;
  private spans: Record<string, Lifespan | undefined> = {};
  private cells: DatedCellRef[] = [];

  protected spec(): SideBySideSpec {
    return sideBySideSpec((this.dataset.systems ?? '').split(','));
  }

  protected setup() {
    this.spans = readPayload<{ spans: Record<string, Lifespan> }>(this).spans;
    this.cells = [...this.querySelectorAll<HTMLElement>('tr[data-dim] > td[data-system]')].map(readDatedCell);
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.matches('select[data-slot]')) {
        this.update({ systems: pickSystem(this.state.systems, Number(t.dataset.slot), t.value) });
      } else if (t.matches('[data-diff]')) this.update({ diff: (t as HTMLInputElement).checked });
    });
  }

  protected render() {
    const { systems: chosen, diff } = this.state;
    const at = this.at.at;
    this.querySelectorAll<HTMLSelectElement>('select[data-slot]').forEach((select) => {
      const slot = Number(select.dataset.slot);
      select.value = chosen[slot] ?? 'none';
      // An empty third slot offers only systems not shown yet; filled slots swap instead.
      for (const o of select.options) o.disabled = slot >= chosen.length && chosen.includes(o.value);
    });
    this.querySelector<HTMLInputElement>('[data-diff]')!.checked = diff;
    for (const c of this.cells) showDatedCell(c, this.spans[c.system], at);
    for (const th of this.querySelectorAll<HTMLElement>('thead th[data-system]')) {
      const span = this.spans[th.dataset.system!];
      const life = span ? lifeAt(span, at) : 'alive';
      const text =
        life === 'not-yet'
          ? `${LIFE_LABELS['not-yet']}: first ${formatPartialDate(span!.first)}`
          : life === 'ended'
            ? `${LIFE_LABELS.ended} ${formatPartialDate(span!.last!)}`
            : '';
      const el = th.querySelector('.va-sbs-life')!;
      if (el.textContent !== text) el.textContent = text;
    }

    for (const row of this.querySelectorAll('tr')) {
      const cells = new Map(
        [...row.querySelectorAll<HTMLElement>(':scope > [data-system]')].map((c) => [c.dataset.system!, c]),
      );
      for (const [id, cell] of cells) setHidden(cell, !chosen.includes(id));
      // Reorder only when the order differs: moving a node drops the focus inside it.
      const order = chosen.filter((id) => cells.has(id)).map((id) => cells.get(id)!);
      const now = [...row.querySelectorAll<HTMLElement>(':scope > [data-system]:not([hidden])')];
      if (order.some((c, i) => now[i] !== c)) row.append(...order);
    }
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-span]'))
      if (th.colSpan !== chosen.length + 1) th.colSpan = chosen.length + 1;
    setAttr(this.querySelector('table')!, 'data-n', String(chosen.length));

    let shown = 0;
    const dims = this.querySelectorAll<HTMLElement>('tr[data-dim]');
    for (const group of this.querySelectorAll<HTMLElement>('tbody[data-group]')) {
      let any = false;
      for (const tr of group.querySelectorAll<HTMLElement>('tr[data-dim]')) {
        const statuses = Object.fromEntries(
          [...tr.querySelectorAll<HTMLElement>('td[data-system]')].map((td) => [
            td.dataset.system!,
            td.dataset.status,
          ]),
        );
        setHidden(tr, diff && !statusesDiffer(statuses, chosen));
        if (tr.hidden) continue;
        any = true;
        shown++;
      }
      setHidden(group, !any);
    }

    const drawings = this.querySelector('[data-drawings]')!;
    const figures = [...drawings.querySelectorAll<HTMLElement>('figure[data-system]')];
    for (const f of figures) setHidden(f, !chosen.includes(f.dataset.system!));
    for (const id of chosen) drawings.append(...figures.filter((f) => f.dataset.system === id));

    const heads = new Map(
      [...this.querySelectorAll<HTMLElement>('thead th[data-system]')].map((th) => [
        th.dataset.system!,
        th.querySelector('a')?.textContent?.trim() ??
          th.firstChild?.textContent?.trim() ??
          th.dataset.system!,
      ]),
    );
    const names = joinNames(chosen.map((id) => heads.get(id) ?? id));
    this.querySelector('[data-caption]')!.textContent = names;
    this.querySelector('[data-count]')!.textContent = !diff
      ? `Comparing ${names} on all ${dims.length} dimensions, as they stood on ${formatPartialDate(at)}.`
      : shown
        ? `Showing the ${shown} of ${dims.length} dimensions on which ${names} differ in status on ${formatPartialDate(at)}.`
        : `${names} have the same status on every dimension on ${formatPartialDate(at)}.`;
    this.dataset.state = stateString(this.state);
  }
}

customElements.define('va-side-by-side', SideBySide);
