/**
 * <va-side-by-side>: shows the chosen two or three columns of the server-rendered table, in the
 * chosen order, and optionally only the rows where their statuses differ.
 *
 *   select (slot 0-2) ──► pickSystem: new system, or swap with the slot that already shows it
 *   diff checkbox     ──► hide the matrix rows (and empty groups) whose statuses all agree
 *   both              ──► data-state, URL (?systems=kvm,xen&diff=1), hidden cells, caption
 */
import { readUrlState, writeUrlState } from '../shared/client-dom';
import {
  joinNames,
  pickSystem,
  sideBySideSpec,
  stateString,
  statusesDiffer,
  type SideBySideSpec,
  type SideBySideState,
} from '../../lib/side-by-side';

class SideBySide extends HTMLElement {
  private spec!: SideBySideSpec;
  private state!: SideBySideState;

  connectedCallback() {
    this.spec = sideBySideSpec((this.dataset.systems ?? '').split(','));
    this.state = readUrlState(this.spec, this.querySelector('.va-notice'));
    this.dataset.enhanced = '';
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.matches('select[data-slot]')) {
        this.update({ systems: pickSystem(this.state.systems, Number(t.dataset.slot), t.value) });
      } else if (t.matches('[data-diff]')) this.update({ diff: (t as HTMLInputElement).checked });
    });
    this.render();
  }

  private update(patch: Partial<SideBySideState>) {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.spec, this.state);
    this.render();
  }

  private render() {
    const { systems: chosen, diff } = this.state;
    this.querySelectorAll<HTMLSelectElement>('select[data-slot]').forEach((select) => {
      const slot = Number(select.dataset.slot);
      select.value = chosen[slot] ?? 'none';
      // An empty third slot offers only systems not shown yet; filled slots swap instead.
      for (const o of select.options) o.disabled = slot >= chosen.length && chosen.includes(o.value);
    });
    this.querySelector<HTMLInputElement>('[data-diff]')!.checked = diff;

    for (const row of this.querySelectorAll('tr')) {
      const cells = new Map(
        [...row.querySelectorAll<HTMLElement>(':scope > [data-system]')].map((c) => [c.dataset.system!, c]),
      );
      for (const [id, cell] of cells) cell.hidden = !chosen.includes(id);
      for (const id of chosen) if (cells.has(id)) row.append(cells.get(id)!);
    }
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-span]'))
      th.colSpan = chosen.length + 1;

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
        tr.hidden = diff && !statusesDiffer(statuses, chosen);
        if (tr.hidden) continue;
        any = true;
        shown++;
      }
      group.hidden = !any;
    }

    const drawings = this.querySelector('[data-drawings]')!;
    const figures = [...drawings.querySelectorAll<HTMLElement>('figure[data-system]')];
    for (const f of figures) f.hidden = !chosen.includes(f.dataset.system!);
    for (const id of chosen) drawings.append(...figures.filter((f) => f.dataset.system === id));

    const heads = new Map(
      [...this.querySelectorAll<HTMLElement>('thead th[data-system]')].map((th) => [th.dataset.system!, th]),
    );
    const names = joinNames(chosen.map((id) => heads.get(id)?.textContent?.trim() ?? id));
    this.querySelector('[data-caption]')!.textContent = names;
    this.querySelector('[data-count]')!.textContent = !diff
      ? `Comparing ${names} on all ${dims.length} dimensions.`
      : shown
        ? `Showing the ${shown} of ${dims.length} dimensions on which ${names} differ in status.`
        : `${names} have the same status on every dimension.`;
    this.dataset.state = stateString(this.state);
  }
}

customElements.define('va-side-by-side', SideBySide);
