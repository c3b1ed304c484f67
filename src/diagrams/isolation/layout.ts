/**
 * The geometry of one system's wall: a band per layer, top (nearest the tenant) to bottom, with
 * the layer's name and what it exposes on the left and, on a shared time axis on the right, one
 * labelled mark per escape that broke it. Marks that would overlap are dealt into rows, so every
 * label stays readable. Pure: data in, coordinates out.
 */
import { scaleLinear } from 'd3-scale';
import { wrapLabel } from '../shared/text';

/** One escape to place on a band. */
export interface MarkInput {
  id: string;
  date: string;
  label: string;
}

/** One layer to draw. */
export interface BandInput {
  key: string;
  title: string;
  /** Short lines saying what the layer exposes (`Hypercalls: 42 numbered hypercalls`). */
  lines: readonly string[];
  marks: readonly MarkInput[];
}

/** Drawing options; the defaults suit a 640-unit-wide viewBox, drawn at about its own size. */
export interface WallOptions {
  /** First and last year of the axis; the axis runs from 1 January of the first to the end of the last. */
  years: readonly [number, number];
  width?: number;
  labelWidth?: number;
  /**
   * For narrow screens: each band's text above its marks, and the time axis across the whole
   * width, instead of text and axis side by side.
   */
  stacked?: boolean;
}

/** A placed mark: the point on the axis and where its label goes. */
export interface PlacedMark {
  id: string;
  band: string;
  x: number;
  y: number;
  row: number;
  labelX: number;
  anchor: 'start' | 'end';
}

/** A placed band. */
export interface PlacedBand {
  key: string;
  y: number;
  height: number;
  title: string[];
  lines: string[];
}

/** The geometry of one wall. */
export interface WallLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number };
  bands: PlacedBand[];
  marks: PlacedMark[];
  ticks: { year: number; x: number; label: boolean }[];
  axisY: number;
}

const TITLE_LINE = 15;
const TEXT_LINE = 14;
const PAD = 8;
const ROW = 20;
const R = 5;
const GAP = 6;
/** Average glyph widths, by font size (11 px labels, 12 px titles). */
const CHAR = 6.2;
const TITLE_CHAR = 7;
const AXIS = 30;

/** The year a partial date stands for, as a fraction: the middle of its year, month or day. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (!m) return y + 0.5;
  if (!d) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 864e5;
  return y + ((Date.UTC(y, m - 1, d) - start) / 864e5 + 0.5) / days;
}

/** The x position of a (fractional) year on a wall's axis. */
export function yearScale(years: readonly [number, number], plot: { x0: number; x1: number }) {
  return scaleLinear()
    .domain([years[0], years[1] + 1])
    .range([plot.x0, plot.x1]);
}

/** Deals marks (sorted by date) into the first row where their extent fits. */
function dealRows(marks: { x: number; from: number; to: number }[]): number[] {
  const ends: number[] = [];
  return marks.map((m) => {
    let row = ends.findIndex((end) => end + GAP <= m.from);
    if (row < 0) row = ends.length;
    ends[row] = m.to;
    return row;
  });
}

/** Lays out one wall. */
export function layoutWall(bands: readonly BandInput[], options: WallOptions): WallLayout {
  const { years, stacked = false, width = stacked ? 360 : 640, labelWidth = stacked ? width : 210 } = options;
  const plot = stacked ? { x0: 2 * PAD, x1: width - 2 * PAD } : { x0: labelWidth + 16, x1: width - 8 };
  const x = yearScale(years, plot);
  let y = 0;
  const placedBands: PlacedBand[] = [];
  const marks: PlacedMark[] = [];
  for (const b of bands) {
    const title = wrapLabel(b.title, labelWidth - 2 * PAD, TITLE_CHAR);
    const lines = b.lines.flatMap((l) => wrapLabel(l, labelWidth - 2 * PAD, CHAR));
    const sorted = [...b.marks].sort((p, q) => p.date.localeCompare(q.date) || p.id.localeCompare(q.id));
    const spans = sorted.map((m) => {
      const mx = x(yearOf(m.date));
      const w = m.label.length * CHAR;
      const start = mx + R + 4 + w <= plot.x1;
      return start
        ? { x: mx, from: mx - R, to: mx + R + 4 + w }
        : { x: mx, from: mx - R - 4 - w, to: mx + R };
    });
    const rows = dealRows(spans);
    const rowCount = rows.length ? Math.max(...rows) + 1 : 0;
    const textHeight = 2 * PAD + title.length * TITLE_LINE + lines.length * TEXT_LINE;
    // Side by side, the marks start at the band's top; stacked, below its text.
    const marksTop = stacked ? textHeight - PAD : 0;
    const marksHeight = rowCount ? 2 * PAD + rowCount * ROW : 0;
    const height = stacked
      ? textHeight + Math.max(marksHeight - PAD, 0)
      : Math.max(textHeight, marksHeight, 48);
    sorted.forEach((m, i) => {
      const s = spans[i]!;
      const anchor = s.to === s.x + R ? 'end' : 'start';
      marks.push({
        id: m.id,
        band: b.key,
        x: round(s.x),
        y: round(y + marksTop + PAD + ROW / 2 + rows[i]! * ROW),
        row: rows[i]!,
        labelX: round(anchor === 'start' ? s.x + R + 4 : s.x - R - 4),
        anchor,
      });
    });
    placedBands.push({ key: b.key, y: round(y), height: round(height), title, lines });
    y += height;
  }
  const ticks = [];
  for (let year = years[0]; year <= years[1] + 1; year++) {
    ticks.push({ year, x: round(x(year)), label: year % 5 === 0 });
  }
  return { width, height: round(y + AXIS), plot, bands: placedBands, marks, ticks, axisY: round(y) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The shape of an impact's mark, centred on 0,0, so that colour is never the only cue: a circle
 * for an escape to the host, a diamond for privilege escalation, a triangle for an information
 * leak, a square for denial of service.
 */
export function impactShape(impact: string, r = 5): string {
  const f = (n: number) => round(n);
  switch (impact) {
    case 'escape':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'privilege-escalation':
      return `M0,${f(-r * 1.25)}L${f(r * 1.25)},0L0,${f(r * 1.25)}L${f(-r * 1.25)},0Z`;
    case 'information-leak':
      return `M0,${f(-r * 1.2)}L${f(r * 1.15)},${f(r * 0.9)}L${f(-r * 1.15)},${f(r * 0.9)}Z`;
    default:
      return `M${f(-r * 0.9)},${f(-r * 0.9)}H${f(r * 0.9)}V${f(r * 0.9)}H${f(-r * 0.9)}Z`;
  }
}
