/**
 * <va-matrix>: sorts, filters and hides the rows and columns of the server-rendered matrix.
 *
 *   control change ──► state ──► render ──► rows placed, hidden, marked; columns hidden;
 *   cell <details> toggle ──► m-open          data-state, count and URL updated
 *   Reset ──► default state
 *
 * Rows sorted by group sit in their group's tbody; any other sort moves them, in order, into
 * the one flat tbody (group headings would lie there). Rows move only when their order changes,
 * since moving a node takes the focus away from whatever inside it had it.
 */
import { readUrlState, writeUrlState } from '../shared/client-dom';
import {
  describeCounts,
  describeState,
  isRowMarked,
  isRowVisible,
  matrixSpec,
  normalizeState,
  sortRows,
  type MatrixSpec,
  type MatrixState,
  type QueryRow,
} from '../../lib/matrix-query';
import { defaultState } from '../../lib/url-state';

type Field = HTMLInputElement | HTMLSelectElement;

class Matrix extends HTMLElement {
  private systems: string[] = [];
  private groups: string[] = [];
  private rows: QueryRow[] = [];
  private trs = new Map<string, HTMLTableRowElement>();
  private bodies = new Map<string, HTMLTableSectionElement>();
  private spec!: MatrixSpec;
  private state!: MatrixState;

  connectedCallback() {
    this.systems = (this.dataset.systems ?? '').split(' ').filter(Boolean);
    this.groups = (this.dataset.groups ?? '').split(' ').filter(Boolean);
    for (const body of this.querySelectorAll<HTMLTableSectionElement>('tbody[data-group]'))
      this.bodies.set(body.dataset.group!, body);
    this.rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((tr, index) => {
      this.trs.set(tr.dataset.row!, tr);
      const cells = [...tr.querySelectorAll<HTMLElement>('td[data-system]')];
      const status = Object.fromEntries(cells.map((td) => [td.dataset.system!, td.dataset.status ?? '']));
      return { id: tr.dataset.row!, group: tr.dataset.group!, label: tr.dataset.label!, index, status };
    });
    const cells = [...this.querySelectorAll<HTMLElement>('details[data-cell]')].map((d) => d.dataset.cell!);
    this.spec = matrixSpec(this.systems, this.groups, cells);
    this.state = normalizeState(readUrlState(this.spec, this.notice()), this.systems, this.groups);
    this.dataset.enhanced = '';

    this.addEventListener('change', (e) => this.onChange(e.target as Field));
    // `toggle` does not bubble, so listen in the capture phase.
    this.addEventListener('toggle', (e) => this.onToggle(e.target as HTMLElement), true);
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.notice().textContent = '';
      for (const d of this.querySelectorAll('details[open]')) (d as HTMLDetailsElement).open = false;
      this.update(defaultState(this.spec));
    });
    this.render();
    const open = this.openDetails();
    if (open?.checkVisibility?.()) open.scrollIntoView({ block: 'center' });
  }

  private notice(): Element {
    return this.querySelector('.va-notice')!;
  }

  private openDetails(): HTMLDetailsElement | undefined {
    const key = this.state['m-open'];
    return [...this.querySelectorAll<HTMLDetailsElement>('details[data-cell]')].find(
      (d) => d.dataset.cell === key,
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
      if (cols.length) this.update({ 'm-cols': cols });
      else (t as HTMLInputElement).checked = true;
    } else if (field === 'm-sort' || field === 'm-sys' || field === 'm-status' || field === 'm-match') {
      this.update({ [field]: t.value });
    }
  }

  private onToggle(t: HTMLElement) {
    if (!(t instanceof HTMLDetailsElement) || !t.dataset.cell) return;
    const key = t.dataset.cell;
    if (t.open && this.state['m-open'] !== key) this.update({ 'm-open': key });
    else if (!t.open && this.state['m-open'] === key) this.update({ 'm-open': 'none' });
  }

  private update(patch: Partial<MatrixState>) {
    this.state = normalizeState({ ...this.state, ...patch }, this.systems, this.groups);
    writeUrlState(this.spec, this.state);
    this.render();
  }

  private place(body: HTMLTableSectionElement, trs: HTMLTableRowElement[]) {
    const now = [...body.rows].filter((tr) => tr.dataset.row);
    if (now.length !== trs.length || now.some((tr, i) => tr !== trs[i])) body.append(...trs);
  }

  private render() {
    const s = this.state;
    for (const el of this.querySelectorAll<Field>('[data-field]')) {
      const f = el.dataset.field as keyof MatrixState;
      if (el instanceof HTMLSelectElement) el.value = String(s[f]);
      else if (el.type === 'radio') el.checked = el.value === s[f];
      else el.checked = f === 'm-hide' ? !s['m-hide'].includes(el.value) : s['m-cols'].includes(el.value);
    }
    const flat = s['m-sort'] !== 'group';
    const ordered = sortRows(this.rows, s, this.groups);
    const trOf = (r: QueryRow) => this.trs.get(r.id)!;
    const flatBody = this.querySelector<HTMLTableSectionElement>('tbody[data-flat]')!;
    if (flat) this.place(flatBody, ordered.map(trOf));
    else
      for (const [g, body] of this.bodies) this.place(body, ordered.filter((r) => r.group === g).map(trOf));
    // Writes only what changes: setting an attribute to its own value still costs a relayout of
    // this large table, which is what the first render after load would otherwise do.
    for (const r of ordered) {
      setHidden(trOf(r), !isRowVisible(r, s));
      trOf(r).classList.toggle('is-marked', isRowMarked(r, s));
    }
    for (const body of this.bodies.values())
      setHidden(body, flat || ![...body.rows].some((tr) => tr.dataset.row && !tr.hidden));
    setHidden(flatBody, !flat);
    this.toggleAttribute('data-flat', flat);

    const cols = new Set(s['m-cols']);
    for (const el of this.querySelectorAll<HTMLElement>('th[data-system], td[data-system]'))
      setHidden(el, !cols.has(el.dataset.system!));
    for (const th of this.querySelectorAll<HTMLTableCellElement>('.va-mx-group th'))
      if (th.colSpan !== cols.size + 1) th.colSpan = cols.size + 1;

    const open = this.openDetails();
    if (open && !open.open) open.open = true;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = this.rows.some((r) => isRowVisible(r, s));
    this.querySelector('[data-count]')!.textContent = describeCounts(this.rows, s, this.systems);
    this.dataset.state = describeState(s, this.systems);
  }
}

customElements.define('va-matrix', Matrix);

/** Sets `hidden` only when it changes. */
function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}
