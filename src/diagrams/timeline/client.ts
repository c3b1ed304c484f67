/**
 * <va-timeline>: zooms, filters and selects on the timeline drawn at build time.
 *
 *   preset button / from-to range ──► [period F..T] ─┐
 *   kind / system checkbox ─────────► [filters K, S] ├─► layoutTimeline() ─► move markers, hide list items
 *   marker click, list button, ←/→, Earlier/Later ─► [event E] ─► detail panel (a copy of E's list item)
 *   "Show everything" ─► defaults (the selection stays)
 *
 * State lives in data-state and in the URL (?t-from, ?t-to, ?t-kinds, ?t-systems, ?t-event).
 */
import { readPayload, readUrlState, writeUrlState } from '../shared/client-dom';
import { defaultState, type StateOf, type StateSpec } from '../../lib/url-state';
import {
  layoutTimeline,
  sortEvents,
  timelineDomain,
  type EventKind,
  type TimelineLayout,
  type TimelinePoint,
} from './layout';

type State = {
  't-from': number;
  't-to': number;
  't-kinds': readonly string[];
  't-systems': readonly string[];
  't-event': string;
};
const EMPTY = 'Select an event in the chart or in the list to read about it here.';

class Timeline extends HTMLElement {
  private kinds!: EventKind[];
  private events!: TimelinePoint[];
  private spec!: StateSpec;
  private state!: State;
  private layout?: TimelineLayout;
  private detailFor?: string;

  connectedCallback() {
    const data = readPayload<{ kinds: EventKind[]; events: TimelinePoint[] }>(this);
    this.kinds = data.kinds;
    this.events = sortEvents(data.events);
    const [first, last] = timelineDomain(this.events);
    const systems = [...this.querySelectorAll<HTMLInputElement>('[data-system-filter]')].map((i) => i.value);
    this.spec = {
      't-from': { kind: 'int', min: first, max: last, default: first },
      't-to': { kind: 'int', min: first, max: last, default: last },
      't-kinds': { kind: 'list', values: this.kinds, default: this.kinds },
      't-systems': { kind: 'list', values: systems, default: systems },
      't-event': { kind: 'enum', values: ['none', ...this.events.map((e) => e.id)], default: 'none' },
    };
    const notice = this.querySelector('.va-notice')!;
    this.state = readUrlState(this.spec, notice) as unknown as State;
    if (this.state['t-from'] > this.state['t-to']) {
      Object.assign(this.state, { 't-from': first, 't-to': last });
      notice.textContent ||=
        'Part of this link could not be understood, so the default view is shown for it.';
    }
    // A shared link that filters opens the filters, so the reader sees why events are missing.
    const filtered =
      this.state['t-kinds'].length < this.kinds.length || this.state['t-systems'].length < systems.length;
    if (filtered) this.querySelector<HTMLDetailsElement>('[data-filters]')!.open = true;
    this.dataset.enhanced = '';

    this.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      const v = Number(t.value);
      // Dragging one end past the other pushes the other along, so the period is never empty.
      if (t.dataset.range === 'from') this.update({ 't-from': v, 't-to': Math.max(v, this.state['t-to']) });
      else if (t.dataset.range === 'to')
        this.update({ 't-to': v, 't-from': Math.min(v, this.state['t-from']) });
    });
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.matches('[data-kind-filter]')) this.update({ 't-kinds': this.checked('[data-kind-filter]') });
      else if (t.matches('[data-system-filter]'))
        this.update({ 't-systems': this.checked('[data-system-filter]') });
    });
    this.addEventListener('click', (e) => this.onClick(e.target as Element));
    this.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (t.matches('.va-tl-chart')) {
        const moves: Record<string, number> = {
          ArrowRight: 1,
          ArrowLeft: -1,
          Home: -Infinity,
          End: Infinity,
        };
        if (!(e.key in moves)) return;
        e.preventDefault();
        this.step(moves[e.key]!);
      } else if (t.dataset.select && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        const buttons = [
          ...this.querySelectorAll<HTMLButtonElement>('.va-tl-list li:not([hidden]) [data-select]'),
        ];
        const next = buttons[buttons.indexOf(t as HTMLButtonElement) + (e.key === 'ArrowDown' ? 1 : -1)];
        if (next) {
          e.preventDefault();
          next.focus();
        }
      }
    });
    this.render();
    this.reveal(this.state['t-event']);
  }

  private onClick(target: Element) {
    const button = target.closest<HTMLButtonElement>('button');
    const marker = target.closest<SVGGElement>('.va-tl-ev');
    if (button?.dataset.from)
      this.update({ 't-from': Number(button.dataset.from), 't-to': Number(button.dataset.to) });
    else if (button?.dataset.step) this.step(Number(button.dataset.step));
    else if (button?.hasAttribute('data-reset'))
      this.update({ ...(defaultState(this.spec) as unknown as State), 't-event': this.state['t-event'] });
    else if (marker) this.select(marker.dataset.id!, false);
    else if (button?.dataset.select) {
      this.select(button.dataset.select, true);
      // "Show in chart" from far down the list: bring the chart and its detail panel into view.
      const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
      this.querySelector('.va-tl-figure')!.scrollIntoView({
        block: 'start',
        behavior: smooth ? 'smooth' : 'auto',
      });
    }
  }

  private checked(selector: string): string[] {
    return [...this.querySelectorAll<HTMLInputElement>(selector)]
      .filter((i) => i.checked)
      .map((i) => i.value);
  }

  /** Moves the selection among the visible events, in date order. */
  private step(delta: number) {
    const visible = this.visibleIds();
    if (!visible.length) return;
    const order = this.events.map((e) => e.id);
    const at = order.indexOf(this.state['t-event']);
    const next =
      delta === -Infinity
        ? visible[0]
        : delta === Infinity
          ? visible.at(-1)
          : at < 0
            ? visible[delta > 0 ? 0 : visible.length - 1]
            : delta > 0
              ? (visible.find((id) => order.indexOf(id) > at) ?? visible.at(-1))
              : (visible.findLast((id) => order.indexOf(id) < at) ?? visible[0]);
    this.select(next!, true);
  }

  private visibleIds(): string[] {
    return [...this.querySelectorAll<HTMLLIElement>('.va-tl-list li:not([hidden])')].map(
      (li) => li.dataset.id!,
    );
  }

  private select(id: string, reveal: boolean) {
    this.update({ 't-event': id });
    if (reveal) this.reveal(id);
  }

  /** Scrolls the chart's own box (never the page) so the event's marker is in the middle. */
  private reveal(id: string) {
    const box = this.querySelector<HTMLElement>('.va-tl-chart')!;
    const placed = this.layout?.events.find((p) => p.id === id);
    // Measured from the layout, not the marker: a CSS transition may still be moving it.
    if (!placed || box.scrollWidth <= box.clientWidth) return;
    const scale = box.querySelector('svg')!.getBoundingClientRect().width / this.layout!.width;
    box.scrollLeft = placed.x * scale - box.clientWidth / 2;
  }

  private update(patch: Partial<State>) {
    this.state = { ...this.state, ...patch };
    writeUrlState(this.spec, this.state as unknown as StateOf<StateSpec>);
    this.render();
  }

  private render() {
    const {
      't-from': from,
      't-to': to,
      't-kinds': kinds,
      't-systems': systems,
      't-event': selected,
    } = this.state;
    const layout = layoutTimeline(this.events, this.kinds, { from, to, kinds, systems });
    this.layout = layout;
    const visible = new Set(layout.events.filter((p) => p.visible).map((p) => p.id));
    for (const p of layout.events) {
      const g = this.querySelector<SVGGElement>(`.va-tl-ev[data-id="${CSS.escape(p.id)}"]`);
      if (!g) continue;
      g.style.transform = `translate(${p.x}px, ${p.y}px)`;
      const span = g.querySelector('line')!;
      span.setAttribute('x1', String(p.spanFrom));
      span.setAttribute('x2', String(p.spanTo));
      g.toggleAttribute('data-out', !p.visible);
      g.classList.toggle('is-selected', p.id === selected);
    }
    for (const t of layout.ticks) {
      const g = this.querySelector<SVGGElement>(`.va-tl-tick[data-year="${t.year}"]`);
      if (!g) continue;
      g.style.transform = `translate(${t.x}px, 0)`;
      g.toggleAttribute('data-out', !t.shown);
      g.toggleAttribute('data-label', t.label);
    }
    this.querySelector('svg title')!.textContent = `Timeline of Linux virtualization, ${from} to ${to}`;
    for (const li of this.querySelectorAll<HTMLLIElement>('.va-tl-list li')) {
      li.hidden = !visible.has(li.dataset.id!);
      li.classList.toggle('is-selected', li.dataset.id === selected);
      li.querySelector('[data-select]')?.setAttribute('aria-pressed', String(li.dataset.id === selected));
    }
    this.syncControls();
    this.renderDetail(selected);
    this.querySelector('[data-count]')!.textContent =
      `${visible.size} of ${this.events.length} events shown.`;
    const all = (list: readonly string[], field: string) =>
      list.length === (this.spec[field]!.default as string[]).length ? 'all' : list.join(',') || 'none';
    this.dataset.state = `from=${from};to=${to};kinds=${all(kinds, 't-kinds')};systems=${all(systems, 't-systems')};event=${selected};shown=${visible.size}`;
  }

  private syncControls() {
    const { 't-from': from, 't-to': to, 't-kinds': kinds, 't-systems': systems } = this.state;
    for (const [end, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      this.querySelector<HTMLInputElement>(`[data-range=${end}]`)!.value = String(value);
      this.querySelector(`[data-out-${end}]`)!.textContent = String(value);
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-from]')) {
      b.setAttribute('aria-pressed', String(Number(b.dataset.from) === from && Number(b.dataset.to) === to));
    }
    for (const i of this.querySelectorAll<HTMLInputElement>('[data-kind-filter]'))
      i.checked = kinds.includes(i.value);
    for (const i of this.querySelectorAll<HTMLInputElement>('[data-system-filter]'))
      i.checked = systems.includes(i.value);
  }

  /** Shows a copy of the selected event's list item: text and links, never parsed HTML. */
  private renderDetail(id: string) {
    if (id === this.detailFor) return; // unchanged: do not make the live region speak again
    this.detailFor = id;
    const detail = this.querySelector('[data-detail]')!;
    const body = this.querySelector(`.va-tl-list li[data-id="${CSS.escape(id)}"] .va-tl-body`);
    if (body) {
      detail.replaceChildren(body.cloneNode(true));
      return;
    }
    const p = document.createElement('p');
    p.className = 'va-detail-empty';
    p.textContent = EMPTY;
    detail.replaceChildren(p);
  }
}

customElements.define('va-timeline', Timeline);
