import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
// Type-only: the schema module pulls in zod, which must not reach the browser bundle.
import type { TimelineEvent } from '../../schemas/timeline';

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
}

/** The geometry of the whole chart for one view. */
export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  lanes: { kind: EventKind; y: number; height: number }[];
  /** One tick per year of the domain; `shown` ticks are in the period, `label`led ones carry text. */
  ticks: { year: number; x: number; shown: boolean; label: boolean }[];
  events: PlacedEvent[];
}

/** Options for the drawing; the defaults suit a 640-unit-wide viewBox. */
export interface TimelineOptions {
  width?: number;
  labelWidth?: number;
  rowsPerLane?: number;
  rowGap?: number;
  markerRadius?: number;
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
  return [mid - 0.5 / 365, mid + 0.5 / 365];
}

/** Events in date order (by their mid-period position; ties keep the data's order). */
export function sortEvents<T extends Pick<TimelinePoint, 'date'>>(events: readonly T[]): T[] {
  return events
    .map((e, i) => [e, eventYear(e.date), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([e]) => e);
}

/** The whole years the data covers, first and last inclusive. */
export function timelineDomain(events: readonly Pick<TimelinePoint, 'date'>[]): [number, number] {
  const [lo, hi] = extent(events, (e) => eventYear(e.date));
  if (lo === undefined || hi === undefined) return [2000, 2000];
  return [Math.floor(lo), Math.floor(hi)];
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

/** The preset periods offered as buttons, clipped to the data's domain. */
export function periodPresets([first, last]: [number, number]): { id: string; from: number; to: number }[] {
  const cuts: [number, number][] = [
    [first, 2002],
    [2003, 2008],
    [2009, last],
    [first, last],
  ];
  return cuts
    .filter(([f, t]) => f <= t && f >= first && t <= last)
    .map(([from, to]) => ({ id: `${from}-${to}`, from, to }));
}

/**
 * Lays the events out on one lane per kind along a linear axis of years. Within a lane, visible
 * markers that would overlap move to the next of a few rows (filled from the middle outward); when every row is taken the least
 * crowded one is reused, so a very dense year still overlaps a little rather than growing the lane.
 */
export function layoutTimeline(
  events: readonly TimelinePoint[],
  kinds: readonly EventKind[],
  view: TimelineView,
  options: TimelineOptions = {},
): TimelineLayout {
  const { width = 640, labelWidth = 104, rowsPerLane = 5, rowGap = 12, markerRadius = 5 } = options;
  const laneHeight = rowsPerLane * rowGap + 8;
  const plotLeft = labelWidth + 12;
  const plotRight = width - 16;
  const x = scaleLinear()
    .domain([view.from, view.to + 1])
    .range([plotLeft, plotRight]);
  const lanes = kinds.map((kind, i) => ({ kind, y: i * laneHeight, height: laneHeight }));
  const laneY = new Map(lanes.map((l) => [l.kind, l.y]));
  const rowEnds = new Map<string, number[]>(
    kinds.map((k) => [k, Array<number>(rowsPerLane).fill(-Infinity)]),
  );
  const placed = sortEvents(events).map((e): PlacedEvent => {
    const px = x(eventYear(e.date));
    const [p0, p1] = datePeriod(e.date);
    const visible = passesFilters(e, view) && inPeriod(e, view);
    let row = 0;
    if (visible) {
      const ends = rowEnds.get(e.kind)!;
      const free = ends.findIndex((end) => px - end >= markerRadius * 2 + 1);
      row = free >= 0 ? free : ends.indexOf(Math.min(...ends));
      ends[row] = px;
    }
    // Rows fill outward from the lane's middle: 0 in the middle, then above, below, above, ...
    const offset = row % 2 ? -Math.ceil(row / 2) : row / 2;
    return {
      id: e.id,
      kind: e.kind,
      x: r(px),
      y: r(laneY.get(e.kind)! + laneHeight / 2 + rowGap * offset),
      spanFrom: r(x(p0) - px),
      spanTo: r(x(p1) - px),
      visible,
    };
  });
  const years = view.to + 1 - view.from;
  const step = [1, 2, 5, 10, 20].find((s) => ((plotRight - plotLeft) / years) * s >= 44) ?? 50;
  const [first, last] = timelineDomain(events);
  const ticks = [];
  for (let year = first; year <= last + 1; year++) {
    const shown = year >= view.from && year <= view.to + 1;
    ticks.push({ year, x: r(x(year)), shown, label: shown && year % step === 0 });
  }
  const axisY = lanes.length * laneHeight;
  return { width, height: axisY + 26, plotLeft, plotRight, axisY, lanes, ticks, events: placed };
}

/** A date at its own precision in words: `10 February 1998`, `May 1999` or `1999`. */
export { formatPartialDate as formatDate } from '../../lib/dates';

const r = (n: number) => Math.round(n * 10) / 10;

/** A marker shape for each kind, centred on 0,0, so colour is never the only cue. */
export function markerPath(kind: EventKind, size = 5): string {
  const s = size;
  const d = r(s * 1.4);
  const w = r(s * 1.25);
  const h = r(s * 0.9);
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
