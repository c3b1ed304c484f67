import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { compareDates } from '../../lib/at-date';
// Type-only: the schema module pulls in zod, which must not reach the browser bundle.
import type { TimelineEvent } from '../../schemas/timeline';
import {
  estimateTextWidth,
  markerBox,
  placeLabels,
  type Box,
  type LabelRequest,
  type Segment,
} from './labels';
import type { RankedLabel } from './periods';

/** A kind of event; each has its own lane. */
export type EventKind = TimelineEvent['kind'];

/** What the layout needs of an event: the browser gets only this, not the prose. */
export type TimelinePoint = Pick<TimelineEvent, 'id' | 'date' | 'kind' | 'systems'>;

/** The pseudo-system that events naming no particular system are filtered under. */
export const OTHER_SYSTEM = 'other';

/** What is shown: an inclusive range of whole years plus the kinds and systems kept. */
export interface TimelineView {
  from: number;
  to: number;
  kinds: readonly string[];
  systems: readonly string[];
}

/** One event's marker; `visible` is false when a filter or the period hides it. */
export interface PlacedEvent {
  id: string;
  kind: EventKind;
  x: number;
  y: number;
  /** The period the date names (a year, a month or a day), as x offsets from the marker. */
  spanFrom: number;
  spanTo: number;
  visible: boolean;
  /** Whether the event is after the date shown. */
  after: boolean;
  /**
   * The event's label, if it has one and it found room: its box and leader, in chart units, and
   * where its text is anchored: at the box's left edge (`start`, right of the marker), its right
   * edge (`end`, left of it) or its middle (above or below it), so that the text hugs its marker
   * however much narrower than the estimate it renders.
   */
  label?: { box: Box; leader?: Segment; anchor: 'start' | 'middle' | 'end'; textX: number };
}

/** The line marking the date shown: where it is drawn, or on which side of the period it falls. */
export interface AtMark {
  side: 'in' | 'before' | 'after';
  x: number;
  /** The label's text and the x where it starts (text runs left to right from there). */
  text: string;
  labelX: number;
}

/** The geometry of the whole chart for one view. */
export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  axisY: number;
  lanes: { kind: EventKind; y: number; height: number; rows: number }[];
  /** One tick per year of the domain; `shown` ticks are in the period, `label`led ones carry text. */
  ticks: { year: number; x: number; shown: boolean; label: boolean }[];
  events: PlacedEvent[];
  at?: AtMark;
  /** The font size the labels were fitted for. */
  fontSize: number;
}

/** Options for the drawing; the defaults suit a 620-unit-wide viewBox. */
export interface TimelineOptions {
  width?: number;
  /** The width of the column of lane names, left of the plot. */
  laneLabelWidth?: number;
  /** The height of a row of markers or labels. */
  rowHeight?: number;
  /** Half a marker's size, stroke included. */
  markerHalf?: number;
  fontSize?: number;
  /** The whole years the axis can show (default: the events' years). */
  domain?: [number, number];
  /** The date shown: events after it are marked, and a line is drawn at it. */
  at?: string;
  /** The text of the date line's label ("Today", "As of 11 December 2006"). */
  atText?: string;
  /** Rows added to every lane for labels, beyond what its markers need. */
  extraRows?: number;
  /** The labels of key events, by event id. */
  labels?: ReadonlyMap<string, RankedLabel>;
}

/**
 * A date as a fractional year, placed in the MIDDLE of the period it names: `2006` is mid-2006,
 * `2006-12` mid-December, `2006-12-10` the middle of that day. Placing a year-only date on
 * 1 January would claim a precision no source gives.
 */
export function eventYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 864e5;
  return y + ((Date.UTC(y, m - 1, d) - start) / 864e5 + 0.5) / days;
}

/** The start and end (as fractional years) of the period a date names. */
export function datePeriod(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [y, y + 1];
  if (d === undefined) return [y + (m - 1) / 12, y + m / 12];
  const mid = eventYear(date);
  const half = 0.5 / ((Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 864e5);
  return [mid - half, mid + half];
}

/** Events in date order (by their mid-period position; ties keep the data's order). */
export function sortEvents<T extends Pick<TimelinePoint, 'date'>>(events: readonly T[]): T[] {
  return events
    .map((e, i) => [e, eventYear(e.date), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([e]) => e);
}

/**
 * The whole years the chart covers: from the first event's year to the last event's, or to
 * `through` (the year of today) if that is later, so that today can be marked on the axis.
 */
export function timelineDomain(
  events: readonly Pick<TimelinePoint, 'date'>[],
  through?: number,
): [number, number] {
  const [lo, hi] = extent(events, (e) => eventYear(e.date));
  if (lo === undefined || hi === undefined) return [through ?? 2000, through ?? 2000];
  return [Math.floor(lo), Math.max(Math.floor(hi), through ?? -Infinity)];
}

/** The system ids an event is filtered under: its systems, or OTHER_SYSTEM if it names none. */
export function filterSystems(e: Pick<TimelinePoint, 'systems'>): readonly string[] {
  return e.systems.length ? e.systems : [OTHER_SYSTEM];
}

/** Whether an event passes the kind and system filters (the period is not checked here). */
export function passesFilters(e: TimelinePoint, view: Pick<TimelineView, 'kinds' | 'systems'>): boolean {
  return view.kinds.includes(e.kind) && filterSystems(e).some((s) => view.systems.includes(s));
}

/** Whether an event falls inside the view's years. */
export function inPeriod(e: Pick<TimelinePoint, 'date'>, view: Pick<TimelineView, 'from' | 'to'>): boolean {
  const y = eventYear(e.date);
  return y >= view.from && y < view.to + 1;
}

/**
 * Whether an event is after a date. A partial date stands for its first day, as everywhere in the
 * atlas: an event of `2006-12` is not after 11 December 2006, since its month had begun.
 */
export function isAfter(e: Pick<TimelinePoint, 'date'>, at: string): boolean {
  return compareDates(e.date, at) > 0;
}

/** The first day of a partial date, as a fractional year: where the date line is drawn. */
export function dateStart(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** The row order within a lane: the middle row first, then above, below, above, ... */
function rowOrder(rows: number): number[] {
  const mid = Math.floor((rows - 1) / 2);
  const order = [mid];
  for (let k = 1; order.length < rows; k++) {
    if (mid - k >= 0) order.push(mid - k);
    if (mid + k < rows && order.length < rows) order.push(mid + k);
  }
  return order;
}

/** Puts markers in rows so that none overlaps another; returns the row (in `rowOrder`) of each. */
function assignRows(xs: readonly number[], rows: number, spacing: number): number[] {
  const ends = Array<number>(rows).fill(-Infinity);
  return xs.map((x) => {
    const free = ends.findIndex((end) => x - end >= spacing);
    // Every row taken (a view denser than the one the lane was sized for): reuse the emptiest.
    const row = free >= 0 ? free : ends.indexOf(Math.min(...ends));
    ends[row] = x;
    return row;
  });
}

/** How many rows each lane needs for all its markers, over the whole domain. */
function laneRows(
  events: readonly TimelinePoint[],
  kinds: readonly EventKind[],
  x: ScaleLinear<number, number>,
  spacing: number,
): Map<EventKind, number> {
  return new Map(
    kinds.map((k) => {
      const xs = events.filter((e) => e.kind === k).map((e) => x(eventYear(e.date)));
      const used = assignRows(xs, Math.max(xs.length, 1), spacing);
      return [k, Math.max(...used, 0) + 1];
    }),
  );
}

/**
 * Lays the events out on one lane per kind along a linear axis of years, labels the key events,
 * and marks the date shown. Every lane has as many rows as its busiest stretch needs over the whole
 * domain (plus one for labels), so the chart keeps its height whatever the view; within a lane
 * a marker takes the first row, from the middle outward, where it overlaps no other.
 */
export function layoutTimeline(
  events: readonly TimelinePoint[],
  kinds: readonly EventKind[],
  view: TimelineView,
  options: TimelineOptions = {},
): TimelineLayout {
  const {
    width = 620,
    laneLabelWidth = 104,
    rowHeight = 14,
    markerHalf = 6,
    fontSize = 11,
    domain = timelineDomain(events),
    labels = new Map<string, RankedLabel>(),
  } = options;
  const sorted = sortEvents(events);
  const plotLeft = laneLabelWidth + 12;
  const plotRight = width - 12;
  const plotTop = 18;
  const spacing = markerHalf * 2 + 1;
  const full = scaleLinear()
    .domain([domain[0], domain[1] + 1])
    .range([plotLeft, plotRight]);
  const x = scaleLinear()
    .domain([view.from, view.to + 1])
    .range([plotLeft, plotRight]);
  const rowsOf = laneRows(sorted, kinds, full, spacing);
  const pad = 3;
  let laneTop = plotTop;
  const lanes = kinds.map((kind) => {
    const rows = rowsOf.get(kind)! + (options.extraRows ?? 0);
    const lane = { kind, y: laneTop, height: rows * rowHeight + pad * 2, rows };
    laneTop += lane.height;
    return lane;
  });
  const laneOf = new Map(lanes.map((l) => [l.kind, l]));
  const rowY = (kind: EventKind, row: number) => laneOf.get(kind)!.y + pad + rowHeight * (row + 0.5);

  const visible = sorted.filter((e) => passesFilters(e, view) && inPeriod(e, view));
  const rowOfEvent = new Map<string, number>();
  for (const kind of kinds) {
    const mine = visible.filter((e) => e.kind === kind);
    const order = rowOrder(laneOf.get(kind)!.rows);
    assignRows(
      mine.map((e) => x(eventYear(e.date))),
      order.length,
      spacing,
    ).forEach((row, i) => rowOfEvent.set(mine[i]!.id, order[row]!));
  }
  const placed = sorted.map((e): PlacedEvent => {
    const px = x(eventYear(e.date));
    const [p0, p1] = datePeriod(e.date);
    const row = rowOfEvent.get(e.id) ?? rowOrder(laneOf.get(e.kind)!.rows)[0]!;
    return {
      id: e.id,
      kind: e.kind,
      x: r(px),
      y: r(rowY(e.kind, row)),
      spanFrom: r(x(p0) - px),
      spanTo: r(x(p1) - px),
      visible: rowOfEvent.has(e.id),
      after: options.at !== undefined && isAfter(e, options.at),
    };
  });

  const markers = new Map(
    placed.filter((p) => p.visible).map((p) => [p.id, markerBox(p.x, p.y, markerHalf)]),
  );
  const byId = new Map(placed.map((p) => [p.id, p]));
  const requests: LabelRequest[] = visible
    .filter((e) => labels.has(e.id))
    .sort((a, b) => labels.get(a.id)!.rank - labels.get(b.id)!.rank)
    .map((e) => {
      const p = byId.get(e.id)!;
      const lane = laneOf.get(e.kind)!;
      return {
        id: e.id,
        width: estimateTextWidth(labels.get(e.id)!.text, fontSize),
        x: p.x,
        y: p.y,
        rows: Array.from({ length: lane.rows }, (_, i) => rowY(e.kind, i)),
        bounds: { x: plotLeft, y: lane.y + 1, width: plotRight - plotLeft, height: lane.height - 2 },
      };
    });
  const fit = { height: rowHeight, markerHalf, gap: 1, clearance: 5, maxShift: 180, step: 4 };
  for (const l of placeLabels(requests, markers, fit)) {
    const p = byId.get(l.id)!;
    const mid = l.box.x + l.box.width / 2;
    const anchor = mid > p.x + l.box.width / 4 ? 'start' : mid < p.x - l.box.width / 4 ? 'end' : 'middle';
    const textX = anchor === 'start' ? l.box.x : anchor === 'end' ? l.box.x + l.box.width : mid;
    p.label = { box: l.box, leader: l.leader, anchor, textX: r(textX) };
  }

  const years = view.to + 1 - view.from;
  const step = [1, 2, 5, 10, 20].find((s) => ((plotRight - plotLeft) / years) * s >= 44) ?? 50;
  const ticks = [];
  for (let year = domain[0]; year <= domain[1] + 1; year++) {
    const shown = year >= view.from && year <= view.to + 1;
    ticks.push({ year, x: r(x(year)), shown, label: shown && year % step === 0 });
  }
  const axisY = laneTop;
  const at = options.at
    ? atMark(dateStart(options.at), options.atText ?? options.at, x, view, fontSize)
    : undefined;
  return {
    width,
    height: axisY + 24,
    plotLeft,
    plotRight,
    plotTop,
    axisY,
    lanes,
    ticks,
    events: placed,
    at,
    fontSize,
  };
}

/** Where the date line and its label go; a date outside the period gets an arrow at that edge. */
function atMark(
  year: number,
  text: string,
  x: ScaleLinear<number, number>,
  view: TimelineView,
  fontSize: number,
): AtMark {
  const [left, right] = x.range() as [number, number];
  const side = year < view.from ? 'before' : year >= view.to + 1 ? 'after' : 'in';
  const label = side === 'before' ? `← ${text}` : side === 'after' ? `${text} →` : text;
  const w = estimateTextWidth(label, fontSize);
  const px = side === 'in' ? x(year) : side === 'before' ? left : right;
  const labelX = Math.min(Math.max(px - w / 2, left), right - w);
  return { side, x: r(px), text: label, labelX: r(labelX) };
}

/** A date at its own precision in words: `10 February 1998`, `May 1999` or `1999`. */
export { formatPartialDate as formatDate } from '../../lib/dates';

const r = (n: number) => Math.round(n * 10) / 10;

/** A marker shape for each kind, centred on 0,0, so colour is never the only cue. */
export function markerPath(kind: EventKind, size = 5): string {
  const s = size;
  const d = r(s * 1.2);
  const w = r(s * 1.15);
  const h = r(s * 0.85);
  switch (kind) {
    case 'research':
      return `M${-s},0a${s},${s} 0 1,0 ${2 * s},0a${s},${s} 0 1,0 ${-2 * s},0Z`;
    case 'release':
      return `M${-s},${-s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'merge':
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    case 'company':
      return `M0,${-d}L${w},${h}L${-w},${h}Z`;
    case 'hardware': {
      const a = r(s * 0.75); // a plus sign: arm thickness a, reach s
      const b = r(s - a / 2);
      return `M${-a / 2},${-s}h${a}v${b}h${b}v${a}h${-b}v${b}h${-a}v${-b}h${-b}v${-a}h${b}Z`;
    }
  }
}
