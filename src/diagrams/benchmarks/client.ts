/**
 * <va-benchmarks>: shows one result set at a time and switches its chart between published values
 * and ratios to the baseline; reads out the value under the pointer or in the focused table cell.
 *
 *   set radio ───► [set S, scale K] ◄─── scale radio (rel disabled where S has no baseline)
 *                        │
 *   bar hover / cell focus (arrows move) ──► [S, K, bar B] ── other set ──► bar reset to none
 *
 * State lives in data-state (set, scale, bar) and in the URL (?b-set=, ?b-scale=; not the bar).
 */
import type { StateOf } from '../../lib/url-state';
import { UrlStateWidget } from '../shared/widget';

/** The widget's URL fields, for the result sets rendered on the page. */
const benchSpec = (ids: readonly string[], first: string) =>
  ({
    'b-set': { kind: 'enum', values: ids, default: first },
    'b-scale': { kind: 'enum', values: ['abs', 'rel'] as const, default: 'abs' },
  }) as const;

type BenchSpec = ReturnType<typeof benchSpec>;

class Benchmarks extends UrlStateWidget<BenchSpec> {
  private bar = 'none';

  protected spec() {
    const ids = [...this.querySelectorAll<HTMLElement>('.va-bench-set')].map((s) => s.dataset.set!);
    return benchSpec(ids, this.dataset.default!);
  }

  protected setup() {
    for (const td of this.querySelectorAll<HTMLElement>('td[data-key]')) td.tabIndex = 0;

    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === 'va-bench-set') this.update({ 'b-set': t.value });
      else if (t.name === 'va-bench-scale') this.update({ 'b-scale': t.value === 'rel' ? 'rel' : 'abs' });
    });
    this.addEventListener('pointerover', (e) => {
      const g = (e.target as Element).closest<SVGGElement>('.va-bench-bar');
      if (g) this.show(g.dataset.key!);
    });
    this.addEventListener('focusin', (e) => {
      const td = (e.target as Element).closest<HTMLElement>('td[data-key]');
      if (td) this.show(td.dataset.key!);
    });
    this.addEventListener('keydown', (e) => this.move(e));
  }

  private get active(): HTMLElement {
    return this.querySelector<HTMLElement>(`.va-bench-set[data-set="${CSS.escape(this.state['b-set'])}"]`)!;
  }

  protected override update(patch: Partial<StateOf<BenchSpec>>) {
    if (patch['b-set']) this.bar = 'none';
    super.update(patch);
  }

  /** Highlights one bar and its table cell, and reads the value out (text from the build). */
  private show(key: string) {
    this.bar = key;
    const set = this.active;
    for (const el of set.querySelectorAll('[data-key]'))
      el.classList.toggle('is-active', el.getAttribute('data-key') === key);
    const cell = set.querySelector<HTMLElement>(`td[data-key="${CSS.escape(key)}"]`);
    set.querySelector('.va-bench-readout')!.textContent = cell?.dataset.text ?? '';
    this.writeState();
  }

  /** Arrow keys move focus between the value cells of the active table, like a spreadsheet. */
  private move(e: KeyboardEvent) {
    const td = (e.target as Element).closest?.<HTMLTableCellElement>('td[data-key]');
    const step = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] }[e.key];
    if (!td || !step) return;
    const rows = [...td.closest('tbody')!.rows];
    const r = rows.indexOf(td.parentElement as HTMLTableRowElement) + step[0]!;
    const target = rows[r]?.cells[td.cellIndex + step[1]!];
    if (target?.matches('td[data-key]')) {
      e.preventDefault();
      target.focus();
    }
  }

  private scale(): string {
    return this.active.dataset.relative === 'true' ? this.state['b-scale'] : 'abs';
  }

  protected render() {
    const { 'b-set': set } = this.state;
    const scale = this.scale();
    for (const section of this.querySelectorAll<HTMLElement>('.va-bench-set')) {
      section.hidden = section.dataset.set !== set;
      for (const chart of section.querySelectorAll<HTMLElement>('.va-bench-chart'))
        chart.hidden = chart.dataset.scale !== scale;
      if (section.dataset.set !== set) continue;
      for (const el of section.querySelectorAll('.is-active')) el.classList.remove('is-active');
      const readout = section.querySelector<HTMLElement>('.va-bench-readout')!;
      if (this.bar === 'none') readout.textContent = readout.dataset.idle ?? '';
    }
    this.querySelector<HTMLInputElement>(`input[name="va-bench-set"][value="${CSS.escape(set)}"]`)!.checked =
      true;
    this.querySelector<HTMLInputElement>(`input[name="va-bench-scale"][value="${scale}"]`)!.checked = true;
    this.querySelector<HTMLInputElement>('input[name="va-bench-scale"][value="rel"]')!.disabled =
      this.active.dataset.relative !== 'true';
    if (this.bar !== 'none') this.show(this.bar);
    else this.writeState();
  }

  private writeState() {
    this.dataset.state = `set=${this.state['b-set']};scale=${this.scale()};bar=${this.bar}`;
  }
}

customElements.define('va-benchmarks', Benchmarks);
