/**
 * <va-matrix>: follows the date shown, picks columns, sorts, filters and hides the rows of the
 * server-rendered matrix.
 *
 *   date control (`va:at`) ──► at ──┐   (another date than the page was rendered for: the cells'
 *   control change ──► state ───────┤    states are fetched once from /data/matrix-states.json)
 *   Reset ──► default state ────────┴──► render ──► each cell shows its state at the date;
 *                                        columns shown (a set, or chosen by hand); rows placed,
 *                                        hidden, marked; caption, count, data-state, data-at, URL
 *
 * Rows sorted by group sit in their group's tbody; any other sort moves them, in order, into
 * the one flat tbody (group headings would lie there). Rows move only when their order changes,
 * since moving a node takes the focus away from whatever inside it had it.
 */
import { lifeAt, type Lifespan } from '../../lib/at-date';
import { formatPartialDate } from '../../lib/dates';
import { cellViewAt, type CellLite } from '../../lib/matrix-states';
import {
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
import { LIFE_LABELS, type CellStatus } from '../../lib/vocabulary';
import { readPayload } from '../shared/client-dom';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';

type Field = HTMLInputElement | HTMLSelectElement;
/** One state as /data/matrix-states.json sends it: since, until, status, value, since in words. */
type StateRow = [string | null, string | null, CellStatus, string, string | null];

interface CellRef {
  key: string;
  system: string;
  td: HTMLElement;
  status: HTMLElement;
  value: HTMLElement;
  since: HTMLElement | null;
}

/** Turns the compact rows of the states export into a cell the date logic reads. */
function toCell(rows: StateRow[]): CellLite {
  const states = rows.map(([since, until, status, value]) => ({
    status,
    value,
    since: since ? { date: since } : undefined,
    until: until ? { date: until } : undefined,
  }));
  return { ...states.at(-1)!, history: states.slice(0, -1) };
}

class Matrix extends UrlStateWidget<MatrixSpec> {
  protected override readonly datedView = true;
  private systems: string[] = [];
  private groups: string[] = [];
  private sets: ColumnSetLite[] = [];
  private spans: Record<string, Lifespan | undefined> = {};
  private rows: (QueryRow & { status: Record<string, string>; cells: CellRef[] })[] = [];
  private trs = new Map<string, HTMLTableRowElement>();
  private bodies = new Map<string, HTMLTableSectionElement>();
  /** The date the server rendered the cells for. */
  private renderedAt = '';
  /** Every cell's states, once fetched. */
  private states?: Record<string, StateRow[]>;
  private loading?: Promise<void>;

  protected spec(): MatrixSpec {
    this.systems = (this.dataset.systems ?? '').split(' ').filter(Boolean);
    this.groups = (this.dataset.groups ?? '').split(' ').filter(Boolean);
    const payload = readPayload<{ sets: ColumnSetLite[]; spans: Record<string, Lifespan> }>(this);
    this.sets = payload.sets;
    this.spans = payload.spans;
    this.renderedAt = this.dataset.at ?? '';
    return matrixSpec(
      this.systems,
      this.groups,
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
      const cells = [...tr.querySelectorAll<HTMLElement>(':scope > td[data-system]')].map((td) => ({
        key: `${tr.dataset.row}.${td.dataset.system}`,
        system: td.dataset.system!,
        td,
        status: td.querySelector<HTMLElement>(':scope > a')!,
        value: td.querySelector<HTMLElement>(':scope > span')!,
        since: td.querySelector<HTMLElement>(':scope > small'),
      }));
      const status = Object.fromEntries(cells.map((c) => [c.system, c.td.dataset.status ?? '']));
      return {
        id: tr.dataset.row!,
        group: tr.dataset.group!,
        label: tr.dataset.label!,
        index,
        status,
        cells,
      };
    });
    this.addEventListener('change', (e) => this.onChange(e.target as Field));
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.reset());
    this.querySelector('[data-copy-link]')?.addEventListener(
      'click',
      (e) => void this.copyLink(e.currentTarget as HTMLButtonElement),
    );
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
      // Choosing by hand starts from what is shown now.
      this.update(
        t.value === 'custom' ? { 'm-set': 'custom', 'm-cols': this.shown() } : { 'm-set': t.value },
      );
    } else if (field === 'm-sort' || field === 'm-sys' || field === 'm-status')
      this.update({ [field]: t.value });
    else if (field === 'm-match') this.update({ 'm-match': t.value === 'mark' ? 'mark' : 'only' });
  }

  private shown(): string[] {
    return shownSystems(this.state, this.systems, this.sets, this.at.at);
  }

  private place(body: HTMLTableSectionElement, trs: HTMLTableRowElement[]) {
    const now = [...body.rows].filter((tr) => tr.dataset.row);
    if (now.length !== trs.length || now.some((tr, i) => tr !== trs[i])) body.append(...trs);
  }

  /** Fetches every cell's states, once. */
  private loadStates(): Promise<void> {
    this.loading ??= fetch('/data/matrix-states.json')
      .then((r) => r.json() as Promise<{ cells: Record<string, StateRow[]> }>)
      .then((d) => void (this.states = d.cells));
    return this.loading;
  }

  /** Puts every cell in its state at the date shown, and records the statuses for filtering. */
  private renderCells(at: string) {
    for (const row of this.rows) {
      for (const c of row.cells) {
        const rows = this.states![c.key];
        if (!rows) continue;
        const view = cellViewAt(toCell(rows), this.spans[c.system], at);
        row.status[c.system] = view.status;
        setAttr(c.td, 'data-status', view.status);
        if (c.status.textContent !== view.label) c.status.textContent = view.label;
        if (c.value.textContent !== view.value) c.value.textContent = view.value;
        const since = view.index === rows.length - 1 ? rows.at(-1)![4] : null;
        if (c.since) setHidden(c.since, !since);
        if (c.since && since && c.since.textContent !== `Since ${since}`)
          c.since.textContent = `Since ${since}`;
      }
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

  protected render(): void | Promise<void> {
    const at = this.at.at;
    // The server rendered one date; another needs every cell's states, fetched once.
    if (at !== this.renderedAt && !this.states) return this.loadStates().then(() => this.render());
    if (this.states) this.renderCells(at);
    const s = this.state;
    const shown = this.shown();
    for (const el of this.querySelectorAll<Field>('[data-field]')) {
      const f = el.dataset.field as keyof MatrixState;
      if (el instanceof HTMLSelectElement) el.value = String(s[f]);
      else if (el.type === 'radio') el.checked = el.value === s[f];
      else el.checked = f === 'm-hide' ? !s['m-hide'].includes(el.value) : shown.includes(el.value);
    }
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

    setHidden(
      this.querySelector<HTMLElement>('[data-empty]')!,
      this.rows.some((r) => isRowVisible(r, s)),
    );
    const counts = describeCounts(this.rows, s, shown, this.systems);
    this.querySelector('[data-count]')!.textContent = counts;
    this.querySelector('[data-caption]')!.textContent = counts.replace(/^Showing /, '').replace(/\.$/, '');
    this.querySelector('[data-caption-at]')!.textContent = formatPartialDate(at);
    this.dataset.state = describeState(s, shown, this.systems);
  }
}

customElements.define('va-matrix', Matrix);
