/**
 * <va-isolation>: filters and selects on the walls drawn at build time.
 *
 *   system select / year selects / impact boxes ──► state ──┐
 *   date control (`va:at`) ──► at ──────────────────────────┼──► render: walls shown, marks shown or
 *   mark click, Enter ──► [escape E selected] ──────────────┤    hidden, out-of-period shading,
 *   ←/→/Home/End on a mark ──► focus moves along its wall   │    E's mark and details, count,
 *   Escape, Close ──► [none selected], focus on E's mark ───┘    data-state, URL
 *   Show everything ──► defaults
 *
 * Nothing is created: every wall, mark and detail block was rendered at build time.
 */
import { formatPartialDate } from '../../lib/dates';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import { yearScale } from './layout';
import {
  ALL_SYSTEMS,
  describeState,
  isolationSpec,
  markStatus,
  NO_ESCAPE,
  normalizeIsolation,
  type IsolationSpec,
  type IsolationState,
} from './state';

const NOTICE = 'Part of this link could not be understood, so the default view is shown for it.';
const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

class Isolation extends UrlStateWidget<IsolationSpec> {
  protected override readonly datedView = true;
  private years: [number, number] = [0, 0];
  private marks: SVGAElement[] = [];

  protected spec(): IsolationSpec {
    const [first, last] = words(this.dataset.years).map(Number) as [number, number];
    this.years = [first, last];
    return isolationSpec(words(this.dataset.systems), words(this.dataset.escapes), this.years);
  }

  protected override normalizeState(s: IsolationState): IsolationState {
    const { state, changed } = normalizeIsolation(s, this.fields);
    const notice = this.querySelector('.va-notice');
    if (changed && notice) notice.textContent ||= NOTICE;
    return state;
  }

  protected setup() {
    this.marks = [...this.querySelectorAll<SVGAElement>('a.va-iso-mark')];
    this.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement | HTMLSelectElement));
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  private onChange(t: HTMLInputElement | HTMLSelectElement) {
    const value = Number(t.value);
    if (t.matches('[data-iso-sys]')) this.update({ 'iso-sys': t.value });
    // Moving one end past the other pushes the other along, so the period is never empty.
    else if (t.matches('[data-iso-from]'))
      this.update({ 'iso-from': value, 'iso-to': Math.max(value, this.state['iso-to']) });
    else if (t.matches('[data-iso-to]'))
      this.update({ 'iso-to': value, 'iso-from': Math.min(value, this.state['iso-from']) });
    else if (t.matches('[data-iso-impact]'))
      this.update({
        'iso-impact': [...this.querySelectorAll<HTMLInputElement>('[data-iso-impact]')]
          .filter((i) => i.checked)
          .map((i) => i.value),
      });
  }

  private onClick(e: MouseEvent) {
    const target = e.target as Element;
    const mark = target.closest<SVGAElement>('a.va-iso-mark');
    if (mark) {
      // The link's own target (the table row) is for reading without JavaScript.
      e.preventDefault();
      const id = mark.dataset.id!;
      this.update({ 'iso-esc': this.state['iso-esc'] === id ? NO_ESCAPE : id });
      return;
    }
    if (target.closest('[data-close]')) this.closeDetail(target.closest<HTMLElement>('.va-iso-system')!);
    else if (target.closest('[data-reset]')) this.reset();
  }

  private onKey(e: KeyboardEvent) {
    const mark = (e.target as Element).closest?.<SVGAElement>('a.va-iso-mark');
    if (!mark) return;
    if (e.key === 'Escape' && this.state['iso-esc'] !== NO_ESCAPE) {
      e.preventDefault();
      this.update({ 'iso-esc': NO_ESCAPE });
      return;
    }
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: -Infinity,
      End: Infinity,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const wall = [...mark.closest('svg')!.querySelectorAll<SVGAElement>('a.va-iso-mark:not([data-out])')];
    const at = wall.indexOf(mark);
    const step = moves[e.key]!;
    const next = step === -Infinity ? wall[0] : step === Infinity ? wall.at(-1) : wall[at + step];
    next?.focus();
  }

  /** Clears the selection and gives the focus back to the selected mark of this wall. */
  private closeDetail(section: HTMLElement) {
    const id = this.state['iso-esc'];
    this.update({ 'iso-esc': NO_ESCAPE });
    // Each wall is drawn twice (wide and narrow); only the one on show can take the focus.
    [...section.querySelectorAll<SVGAElement>(`a.va-iso-mark[data-id="${CSS.escape(id)}"]`)]
      .find((m) => m.getClientRects().length > 0)
      ?.focus();
  }

  protected render() {
    const s = this.state;
    const at = this.at.at;
    const sys = s['iso-sys'];
    for (const section of this.querySelectorAll<HTMLElement>('.va-iso-system'))
      setHidden(section, sys !== ALL_SYSTEMS && section.dataset.system !== sys);

    const shown = new Set<string>();
    const later = new Set<string>();
    for (const m of this.marks) {
      const status = markStatus(
        { date: m.dataset.date!, impact: m.dataset.impact!, systems: words(m.dataset.systems) },
        s,
        at,
      );
      if (status === 'shown' && !m.closest<HTMLElement>('.va-iso-system')!.hidden) shown.add(m.dataset.id!);
      if (status === 'later') later.add(m.dataset.id!);
      setAttr(m, 'data-out', status === 'shown' ? null : status);
      const selected = m.dataset.id === s['iso-esc'];
      m.classList.toggle('is-selected', selected);
      setAttr(m, 'aria-current', selected ? 'true' : null);
    }
    for (const d of this.querySelectorAll<HTMLElement>('.va-iso-detail')) {
      const mark = d
        .closest('.va-iso-system')!
        .querySelector<SVGAElement>(`a.va-iso-mark[data-id="${CSS.escape(d.dataset.for!)}"]`);
      setHidden(d, d.dataset.for !== s['iso-esc'] || mark?.hasAttribute('data-out') !== false);
    }
    for (const svg of this.querySelectorAll<SVGSVGElement>('.va-iso-chart svg')) this.shade(svg);
    this.syncControls();

    const total = words(this.dataset.escapes).length;
    const period = `${s['iso-from']} to ${s['iso-to']}`;
    const afterAt = later.size
      ? ` ${later.size} disclosed after ${formatPartialDate(at)} ${later.size === 1 ? 'is' : 'are'} not shown.`
      : '';
    this.querySelector('[data-count]')!.textContent =
      `Showing ${shown.size} of ${total} recorded escapes, disclosed ${period}.${afterAt}`;
    this.dataset.state = describeState(s);
  }

  /** Greys out the parts of the axis before and after the chosen period. */
  private shade(svg: SVGSVGElement) {
    const x = yearScale(this.years, { x0: Number(svg.dataset.x0), x1: Number(svg.dataset.x1) });
    const from = x(this.state['iso-from']);
    const to = x(this.state['iso-to'] + 1);
    const [before, after] = svg.querySelectorAll<SVGRectElement>('.va-iso-out');
    setAttr(before!, 'width', String(Math.max(0, from - Number(svg.dataset.x0))));
    setAttr(after!, 'x', String(to));
    setAttr(after!, 'width', String(Math.max(0, Number(svg.dataset.x1) - to)));
  }

  private syncControls() {
    const s = this.state;
    this.querySelector<HTMLSelectElement>('[data-iso-sys]')!.value = s['iso-sys'];
    this.querySelector<HTMLSelectElement>('[data-iso-from]')!.value = String(s['iso-from']);
    this.querySelector<HTMLSelectElement>('[data-iso-to]')!.value = String(s['iso-to']);
    for (const i of this.querySelectorAll<HTMLInputElement>('[data-iso-impact]'))
      i.checked = s['iso-impact'].includes(i.value);
  }
}

customElements.define('va-isolation', Isolation);
