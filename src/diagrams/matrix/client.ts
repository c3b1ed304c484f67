/**
 * <va-matrix>: follows the date shown, picks columns, sorts, filters and hides the rows of the
 * server-rendered matrix.
 *
 *   date control (`va:at`) ──► at ──┐
 *   control change ──► state ───────┼──► render ──► each cell shows its state at the date;
 *   cell <details> toggle ──► m-open│              columns shown (a set, or chosen by hand);
 *   Reset ──► default state ────────┘              rows placed, hidden, marked; caption, count,
 *                                                  data-state, data-at and URL updated
 *
 * Rows sorted by group sit in their group's tbody; any other sort moves them, in order, into
 * the one flat tbody (group headings would lie there). Rows move only when their order changes,
 * since moving a node takes the focus away from whatever inside it had it.
 */
import type { Lifespan } from '../../lib/at-date';
import { formatPartialDate } from '../../lib/dates';
import {
  cellKey,
  describeCounts,
  describeState,
  isRowMarked,
  isRowVisible,
  matrixSpec,
  normalizeState,
  shownSystems,
  sortRows,
  type ColumnSetLite,
  type MatrixSpec,
  type MatrixState,
  type QueryRow,
} from '../../lib/matrix-query';
import { lifeAt } from '../../lib/at-date';
import { LIFE_LABELS } from '../../lib/vocabulary';
import { readPayload } from '../shared/client-dom';
import { readDatedCell, showDatedCell, type DatedCellRef } from '../shared/dated-cell';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';

type Field = HTMLInputElement | HTMLSelectElement;

/** A cell's key, as `m-open` writes it: `<dimension>.<system>`. */
const keyOf = (td: HTMLElement) =>
  cellKey((td.parentElement as HTMLElement).dataset.row!, td.dataset.system!);

class Matrix extends UrlStateWidget<MatrixSpec> {
  protected override readonly datedView = true;
  private systems: string[] = [];
  private groups: string[] = [];
  private sets: ColumnSetLite[] = [];
  private spans: Record<string, Lifespan | undefined> = {};
  private rows: (QueryRow & { cells: DatedCellRef[] })[] = [];
  private trs = new Map<string, HTMLTableRowElement>();
  private bodies = new Map<string, HTMLTableSectionElement>();

  protected spec(): MatrixSpec {
    this.systems = (this.dataset.systems ?? '').split(' ').filter(Boolean);
    this.groups = (this.dataset.groups ?? '').split(' ').filter(Boolean);
    const payload = readPayload<{ sets: ColumnSetLite[]; spans: Record<string, Lifespan> }>(this);
    this.sets = payload.sets;
    this.spans = payload.spans;
    const cells = [
      ...this.querySelectorAll<HTMLElement>('tr[data-row] > td[data-system]:has(> details)'),
    ].map(keyOf);
    return matrixSpec(
      this.systems,
      this.groups,
      cells,
      this.sets.map((s) => s.id),
    );
  }

  protected override normalizeState(s: MatrixState): MatrixState {
    return normalizeState(s, this.systems, this.groups);
  }

  protected setup() {
    for (const body of this.querySelectorAll<HTMLTableSectionElement>('tbody[data-group]'))
      this.bodies.set(body.dataset.group!, body);
    this.rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((tr, index) => {
      this.trs.set(tr.dataset.row!, tr);
      const cells = [...tr.querySelectorAll<HTMLElement>('td[data-system]')].map(readDatedCell);
      return {
        id: tr.dataset.row!,
        group: tr.dataset.group!,
        label: tr.dataset.label!,
        index,
        status: {},
        cells,
      };
    });
    this.addEventListener('change', (e) => this.onChange(e.target as Field));
    // `toggle` does not bubble, so listen in the capture phase.
    this.addEventListener('toggle', (e) => this.onToggle(e.target as HTMLElement), true);
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const d of this.querySelectorAll('td details[open]')) (d as HTMLDetailsElement).open = false;
      this.reset();
    });
    this.querySelector('[data-copy-link]')?.addEventListener(
      'click',
      (e) => void this.copyLink(e.currentTarget as HTMLButtonElement),
    );
    const open = this.openDetails();
    if (open) queueMicrotask(() => open.checkVisibility?.() && open.scrollIntoView({ block: 'center' }));
  }

  private async copyLink(button: HTMLButtonElement) {
    const before = button.textContent;
    try {
      await navigator.clipboard.writeText(location.href);
      button.textContent = 'Link copied';
    } catch {
      button.textContent = 'Copy failed: use the address bar';
    }
    setTimeout(() => (button.textContent = before), 2500);
  }

  private openDetails(): HTMLDetailsElement | undefined {
    const [row, system] = this.state['m-open'].split('.');
    return (
      this.querySelector<HTMLDetailsElement>(
        `tr[data-row="${row}"] > td[data-system="${system}"] > details`,
      ) ?? undefined
    );
  }

  private checkedValues(field: string, checked: boolean): string[] {
    const boxes = [...this.querySelectorAll<HTMLInputElement>(`input[data-field="${field}"]`)];
    return boxes.filter((b) => b.checked === checked).map((b) => b.value);
  }

  private onChange(t: Field) {
    const field = t.dataset.field;
    if (field === 'm-hide') this.update({ 'm-hide': this.checkedValues('m-hide', false) });
    else if (field === 'm-cols') {
      const cols = this.checkedValues('m-cols', true);
      // At least one system stays shown; unticking the last one is undone.
      if (cols.length) this.update({ 'm-set': 'custom', 'm-cols': cols });
      else (t as HTMLInputElement).checked = true;
    } else if (field === 'm-set') {
      // Choosing a set by hand starts from what is shown now.
      const shown = this.shown();
      this.update(t.value === 'custom' ? { 'm-set': 'custom', 'm-cols': shown } : { 'm-set': t.value });
    } else if (field === 'm-sort' || field === 'm-sys' || field === 'm-status')
      this.update({ [field]: t.value });
    else if (field === 'm-match') this.update({ 'm-match': t.value === 'mark' ? 'mark' : 'only' });
  }

  private onToggle(t: HTMLElement) {
    const td = t.parentElement;
    if (!(t instanceof HTMLDetailsElement) || !td?.matches('tr[data-row] > td[data-system]')) return;
    const key = keyOf(td);
    if (t.open && this.state['m-open'] !== key) this.update({ 'm-open': key });
    else if (!t.open && this.state['m-open'] === key) this.update({ 'm-open': 'none' });
  }

  private shown(): string[] {
    return shownSystems(this.state, this.systems, this.sets, this.at.at);
  }

  private place(body: HTMLTableSectionElement, trs: HTMLTableRowElement[]) {
    const now = [...body.rows].filter((tr) => tr.dataset.row);
    if (now.length !== trs.length || now.some((tr, i) => tr !== trs[i])) body.append(...trs);
  }

  /** Puts every cell in its state at the date shown, and records the statuses for filtering. */
  private renderCells() {
    const at = this.at.at;
    for (const row of this.rows) {
      const status: Record<string, string> = {};
      for (const c of row.cells) status[c.system] = showDatedCell(c, this.spans[c.system], at).status;
      row.status = status;
    }
    for (const th of this.querySelectorAll<HTMLElement>('thead th[data-system]')) {
      const span = this.spans[th.dataset.system!];
      const life = span ? lifeAt(span, at) : 'alive';
      setAttr(th, 'data-life', life);
      const text =
        life === 'not-yet'
          ? `${LIFE_LABELS['not-yet']}: first ${formatPartialDate(span!.first)}`
          : life === 'ended'
            ? `${LIFE_LABELS.ended} ${formatPartialDate(span!.last!)}`
            : '';
      const el = th.querySelector('.va-mx-life')!;
      if (el.textContent !== text) el.textContent = text;
    }
  }

  protected render() {
    const s = this.state;
    const shown = this.shown();
    for (const el of this.querySelectorAll<Field>('[data-field]')) {
      const f = el.dataset.field as keyof MatrixState;
      if (el instanceof HTMLSelectElement) el.value = String(s[f]);
      else if (el.type === 'radio') el.checked = el.value === s[f];
      else el.checked = f === 'm-hide' ? !s['m-hide'].includes(el.value) : shown.includes(el.value);
    }
    this.renderCells();
    const flat = s['m-sort'] !== 'group';
    const ordered = sortRows(this.rows, s, this.groups);
    const trOf = (r: QueryRow) => this.trs.get(r.id)!;
    const flatBody = this.querySelector<HTMLTableSectionElement>('tbody[data-flat]')!;
    if (flat) this.place(flatBody, ordered.map(trOf));
    else
      for (const [g, body] of this.bodies) this.place(body, ordered.filter((r) => r.group === g).map(trOf));
    for (const r of ordered) {
      setHidden(trOf(r), !isRowVisible(r, s));
      trOf(r).classList.toggle('is-marked', isRowMarked(r, s));
    }
    for (const body of this.bodies.values())
      setHidden(body, flat || ![...body.rows].some((tr) => tr.dataset.row && !tr.hidden));
    setHidden(flatBody, !flat);
    this.toggleAttribute('data-flat', flat);

    const cols = new Set(shown);
    for (const el of this.querySelectorAll<HTMLElement>('th[data-system], td[data-system]')) {
      setAttr(el, 'data-off', cols.has(el.dataset.system!) ? null : '');
      setAttr(el, 'data-focus', el.dataset.system === s['m-sys'] ? '' : null);
    }
    for (const th of this.querySelectorAll<HTMLTableCellElement>('.va-mx-group th'))
      if (th.colSpan !== cols.size + 1) th.colSpan = cols.size + 1;

    const open = this.openDetails();
    if (open && !open.open) open.open = true;
    setHidden(
      this.querySelector<HTMLElement>('[data-empty]')!,
      this.rows.some((r) => isRowVisible(r, s)),
    );
    const counts = describeCounts(this.rows, s, shown, this.systems);
    this.querySelector('[data-count]')!.textContent = counts;
    this.querySelector('[data-caption]')!.textContent = counts.replace(/^Showing /, '').replace(/\.$/, '');
    this.querySelector('[data-caption-at]')!.textContent = formatPartialDate(this.at.at);
    this.dataset.state = describeState(s, shown, this.systems);
  }
}

customElements.define('va-matrix', Matrix);
