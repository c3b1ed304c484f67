/**
 * <va-timeline>: zooms, filters and selects on the timeline drawn at build time, at the date shown.
 *
 *   period button / from-to range ─────► [period F..T] ──┐
 *   kind / system checkbox ────────────► [filters K, S] ─┤
 *   date control (`va:at`) ────────────► [date A] ───────┼─► layoutTimeline() ─► move markers and
 *   marker, ←/→ on the chart, Earlier/Later ─┐           │   labels, dim events after A, hide list
 *   Show in chart, #event-<id> ──────────────┴► [event E]┘   items, show E's panel beside the chart
 *   "Show everything" ─► defaults (the selection stays)
 *
 * State lives in data-state and the URL (?t-from, ?t-to, ?t-kinds, ?t-systems, ?t-event; `at` is
 * the date control's). Opening the page at #event-<id> selects that event.
 */
import { formatPartialDate } from '../../lib/dates';
import { defaultState, rejectionNotice } from '../../lib/url-state';
import { readPayload } from '../shared/client-dom';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import { drawChart, readMarkers, type MarkerRef } from './chart-dom';
import { AFTER_DATE } from './kinds';
import {
  inPeriod,
  layoutTimeline,
  passesFilters,
  sortEvents,
  type EventKind,
  type TimelineLayout,
  type TimelinePoint,
} from './layout';
import type { RankedLabel } from './periods';
import {
  describeTimelineState,
  normalizeTimelineState,
  timelineSpec,
  type TimelineSpec,
  type TimelineState,
} from './state';

/** What Timeline.astro embeds for the browser. */
interface Payload {
  kinds: EventKind[];
  domain: [number, number];
  events: TimelinePoint[];
  labels: [id: string, text: string, rank: number][];
}

/** How a selection was made: it decides what scrolls and where the focus goes. */
type Via = 'chart' | 'list' | 'hash';

const HASH = /^#event-([a-z0-9-]+)$/;

class Timeline extends UrlStateWidget<TimelineSpec> {
  protected override readonly datedView = true;
  private kinds: EventKind[] = [];
  private events: TimelinePoint[] = [];
  private domain: [number, number] = [0, 0];
  private labels = new Map<string, RankedLabel>();
  private layout?: TimelineLayout;
  private markers = new Map<string, MarkerRef>();
  private items = new Map<string, HTMLLIElement>();
  private panels = new Map<string, HTMLElement>();
  /** Slider moves not yet laid out (see onInput). */
  private pending?: Partial<TimelineState>;
  /** The date the chart's own box was last scrolled to (on a narrow screen). */
  private scrolledTo?: string;

  protected spec(): TimelineSpec {
    const data = readPayload<Payload>(this);
    this.kinds = data.kinds;
    this.events = sortEvents(data.events);
    this.domain = data.domain;
    this.labels = new Map(data.labels.map(([id, text, rank]) => [id, { text, rank }]));
    const systems = [...this.querySelectorAll<HTMLInputElement>('[data-system-filter]')].map((i) => i.value);
    return timelineSpec(
      this.domain,
      this.kinds,
      systems,
      this.events.map((e) => e.id),
    );
  }

  protected override normalizeState(s: TimelineState): TimelineState {
    const { state, fixed } = normalizeTimelineState(s, this.fields);
    const notice = this.notice();
    if (fixed && notice) notice.textContent ||= rejectionNotice(['t-from']);
    return state;
  }

  protected setup() {
    this.markers = readMarkers(this);
    for (const li of this.querySelectorAll<HTMLLIElement>('.va-tl-list > li'))
      this.items.set(li.dataset.id!, li);
    for (const a of this.querySelectorAll<HTMLElement>('.va-tl-panel')) this.panels.set(a.dataset.event!, a);
    // A shared link that filters opens the filters, so the reader sees why events are missing.
    const s = this.state;
    if (
      s['t-kinds'].length < this.kinds.length ||
      s['t-systems'].length < this.fields['t-systems'].values.length
    )
      this.querySelector<HTMLDetailsElement>('[data-filters]')!.open = true;
    const fromHash = this.hashEvent();
    if (fromHash) this.state = { ...this.state, ...this.showable(fromHash) };

    this.addEventListener('input', (e) => this.onInput(e.target as HTMLInputElement));
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.matches('[data-kind-filter]')) this.update({ 't-kinds': this.checked('[data-kind-filter]') });
      else if (t.matches('[data-system-filter]'))
        this.update({ 't-systems': this.checked('[data-system-filter]') });
    });
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKey(e));
    addEventListener('hashchange', this.onHash);
    // The browser scrolls to the list item the fragment names (opening its period) once the page
    // has loaded; the chart and the panel are what the reader came for, so scroll there after it.
    if (fromHash) {
      const show = () => requestAnimationFrame(() => this.bringIntoView(fromHash, 'hash', false));
      if (document.readyState === 'complete') show();
      else addEventListener('load', show, { once: true });
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  private readonly onHash = () => {
    const id = this.hashEvent();
    if (id) this.select(id, 'hash');
  };

  private hashEvent(): string | undefined {
    const id = HASH.exec(location.hash)?.[1];
    return id && this.markers.has(id) ? id : undefined;
  }

  /** The selection of `id`, widening the view to the defaults if a filter or the period hides it. */
  private showable(id: string): Partial<TimelineState> {
    const e = this.events.find((x) => x.id === id);
    const { 't-from': from, 't-to': to, 't-kinds': kinds, 't-systems': systems } = this.state;
    const view = { from, to, kinds, systems };
    if (e && passesFilters(e, view) && inPeriod(e, view)) return { 't-event': id };
    return { ...defaultState(this.fields), 't-event': id };
  }

  private onInput(t: HTMLInputElement) {
    const v = Number(t.value);
    const { 't-from': from, 't-to': to } = { ...this.state, ...this.pending };
    // Dragging one end past the other pushes the other along, so the period is never empty.
    const patch =
      t.dataset.range === 'from'
        ? { 't-from': v, 't-to': Math.max(v, to) }
        : t.dataset.range === 'to'
          ? { 't-to': v, 't-from': Math.min(v, from) }
          : undefined;
    if (!patch) return;
    // A dragged slider fires faster than the screen redraws: lay the chart out once a frame.
    const first = !this.pending;
    this.pending = { ...this.pending, ...patch };
    if (first)
      requestAnimationFrame(() => {
        const p = this.pending!;
        this.pending = undefined;
        this.update(p);
      });
  }

  private onClick(e: MouseEvent) {
    const target = e.target as Element;
    const button = target.closest<HTMLButtonElement>('button');
    const anchor = target.closest<HTMLAnchorElement>('a.va-tl-anchor');
    const marker = target.closest<SVGGElement>('.va-tl-ev');
    if (button?.dataset.from)
      this.update({ 't-from': Number(button.dataset.from), 't-to': Number(button.dataset.to) });
    else if (button?.dataset.step) this.step(Number(button.dataset.step), 'chart');
    else if (button?.hasAttribute('data-reset')) {
      const notice = this.notice();
      if (notice) notice.textContent = '';
      this.update({ ...defaultState(this.fields), 't-event': this.state['t-event'] });
    } else if (button?.dataset.select) this.select(button.dataset.select, 'list');
    else if (marker) this.select(marker.dataset.id!, 'chart');
    else if (anchor && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) {
      // The link records the event in the address bar; the chart and its panel show it.
      e.preventDefault();
      history.pushState(history.state, '', anchor.hash);
      this.select(HASH.exec(anchor.hash)![1]!, 'hash');
    }
  }

  private onKey(e: KeyboardEvent) {
    const t = e.target as HTMLElement;
    if (t.matches('.va-tl-chart')) {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
      if (!(e.key in moves)) return;
      e.preventDefault();
      this.step(moves[e.key]!, 'chart');
    } else if (t.dataset.select && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const buttons = [
        ...t.closest('ol')!.querySelectorAll<HTMLButtonElement>('li:not([hidden]) [data-select]'),
      ];
      const next = buttons[buttons.indexOf(t as HTMLButtonElement) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  }

  private checked(selector: string): string[] {
    return [...this.querySelectorAll<HTMLInputElement>(selector)]
      .filter((i) => i.checked)
      .map((i) => i.value);
  }

  /** Moves the selection among the visible events, in date order. */
  private step(delta: number, via: Via) {
    const visible = (this.layout?.events ?? []).filter((p) => p.visible).map((p) => p.id);
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
    this.select(next!, via);
  }

  private select(id: string, via: Via) {
    this.update(via === 'chart' ? { 't-event': id } : this.showable(id));
    // A hash naming another event would select that one again on reload: drop it.
    const hash = HASH.exec(location.hash)?.[1];
    if (hash && hash !== id)
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    this.bringIntoView(id, via, true);
  }

  /**
   * Brings the selected event and its panel into view. From the chart, the chart's own box scrolls
   * to the marker and the page only as far as the panel's title needs; from the list or a link, the
   * page scrolls to the chart and the focus moves to the panel, so that it is read next.
   */
  private bringIntoView(id: string, via: Via, announce: boolean) {
    const placed = this.layout?.events.find((p) => p.id === id);
    if (placed) this.centreChartOn(placed.x);
    const panel = this.panels.get(id);
    // On opening the page the jump is instant, as the browser's own jump to a fragment is.
    const smooth =
      announce && matchMedia('(prefers-reduced-motion: no-preference)').matches ? 'smooth' : 'auto';
    if (via === 'chart') {
      // Under the chart (a narrow screen), the panel's title may be below the fold: bring it up
      // to about two thirds down the screen: its first lines show, and the chart mostly stays.
      const r = panel?.querySelector('.va-tl-title')?.getBoundingClientRect();
      if (r && (r.bottom > innerHeight - 16 || r.top < 0))
        scrollBy({ top: r.top - innerHeight * 0.7, behavior: smooth });
      if (announce) this.announce(id);
    } else {
      this.querySelector('.va-tl-stage')!.scrollIntoView({ block: 'start', behavior: smooth });
      if (announce) panel?.focus({ preventScroll: true });
    }
  }

  /**
   * Scrolls the chart's own box (never the page), where it scrolls, to put `x` in the middle.
   * Measured from the layout, not the marker: a CSS transition may still be moving it.
   */
  private centreChartOn(x: number) {
    const box = this.querySelector<HTMLElement>('.va-tl-chart')!;
    if (!this.layout || box.scrollWidth <= box.clientWidth) return;
    const scale = box.querySelector('svg')!.getBoundingClientRect().width / this.layout.width;
    box.scrollLeft = x * scale - box.clientWidth / 2;
  }

  private announce(id: string) {
    const m = this.markers.get(id);
    const after = this.layout?.events.find((p) => p.id === id)?.after;
    this.querySelector('[data-announce]')!.textContent = m
      ? `Selected: ${m.name}${after ? `, ${AFTER_DATE}` : ''}.`
      : '';
  }

  protected render() {
    const s = this.state;
    const { 't-from': from, 't-to': to, 't-kinds': kinds, 't-systems': systems, 't-event': selected } = s;
    const atText = this.at.isToday ? 'Today' : `As of ${formatPartialDate(this.at.at)}`;
    const layout = layoutTimeline(
      this.events,
      this.kinds,
      { from, to, kinds, systems },
      { domain: this.domain, labels: this.labels, at: this.at.at, atText },
    );
    this.layout = layout;
    this.renderChart(layout, selected);
    const placed = new Map(layout.events.map((p) => [p.id, p]));
    for (const [id, li] of this.items) {
      const p = placed.get(id)!;
      setHidden(li, !p.visible);
      li.classList.toggle('is-selected', id === selected);
      setAttr(li.querySelector('[data-select]')!, 'aria-pressed', String(id === selected));
      setHidden(li.querySelector<HTMLElement>('[data-after-badge]')!, !p.after);
    }
    for (const d of this.querySelectorAll<HTMLElement>('.va-tl-period')) {
      const lis = [...d.querySelectorAll<HTMLLIElement>('.va-tl-list > li')];
      const shown = lis.filter((li) => !li.hidden).length;
      const text =
        shown === lis.length ? `(${lis.length} events)` : `(${shown} of ${lis.length} events shown)`;
      const count = d.querySelector('[data-period-count]')!;
      if (count.textContent !== text) count.textContent = text;
    }
    this.renderPanels(selected, placed.get(selected)?.after ?? false);
    const visible = layout.events.filter((p) => p.visible);
    const later = visible.filter((p) => p.after).length;
    this.querySelector('[data-count]')!.textContent =
      `${visible.length} of ${this.events.length} events shown` +
      (later
        ? `; ${later} of them after ${this.at.isToday ? 'today' : formatPartialDate(this.at.at)}.`
        : '.');
    this.syncControls();
    this.dataset.state = describeTimelineState(s, this.fields, visible.length);
    // On a narrow screen the chart scrolls in its box: show the date line when the date changes,
    // unless a selected event is what the box shows.
    if (this.scrolledTo !== this.at.at) {
      this.scrolledTo = this.at.at;
      const mark = selected === 'none' ? layout.at?.x : placed.get(selected)?.x;
      if (mark !== undefined) this.centreChartOn(mark);
    }
  }

  private renderChart(layout: TimelineLayout, selected: string) {
    const { 't-from': from, 't-to': to } = this.state;
    drawChart(this, this.markers, layout, selected, `Timeline of Linux virtualization, ${from} to ${to}`);
  }

  /** Shows the selected event's panel (rendered at build time) and hides the others. */
  private renderPanels(selected: string, after: boolean) {
    const focused = document.activeElement;
    let lostFocus = false;
    for (const [id, panel] of this.panels) {
      const show = id === selected;
      if (!show && !panel.hidden && panel.contains(focused)) lostFocus = true;
      setHidden(panel, !show);
      if (show) setHidden(panel.querySelector<HTMLElement>('[data-after-badge]')!, !after);
    }
    const panel = this.panels.get(selected);
    setHidden(this.querySelector<HTMLElement>('[data-empty]')!, Boolean(panel));
    // The reader was inside the panel that went away (the Back button changed the hash): keep the
    // focus in the same place rather than losing it to the page.
    if (lostFocus) (panel ?? this.querySelector<HTMLElement>('.va-tl-chart')!).focus({ preventScroll: true });
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
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-from]'))
      setAttr(b, 'aria-pressed', String(Number(b.dataset.from) === from && Number(b.dataset.to) === to));
    for (const i of this.querySelectorAll<HTMLInputElement>('[data-kind-filter]'))
      i.checked = kinds.includes(i.value);
    for (const i of this.querySelectorAll<HTMLInputElement>('[data-system-filter]'))
      i.checked = systems.includes(i.value);
  }
}

customElements.define('va-timeline', Timeline);
