import { textWidth } from '../shared/measure';
/**
 * Places text labels beside point markers without collisions: a pure, greedy search. Each label,
 * most important first, takes the cheapest free position among candidates in the rows of its lane:
 * right of its marker, then left, then further along its row or in a row above or below, with a
 * leader line back to the marker. A label that finds no free position is left out; its marker keeps
 * its accessible name.
 */

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight line from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label to place: its marker, its text's estimated width, and where it may go. */
export interface LabelRequest {
  id: string;
  width: number;
  /** The centre of the marker the label belongs to. */
  x: number;
  y: number;
  /** The centres of the rows the label may sit in (its lane's rows). */
  rows: readonly number[];
  /** The box the label must stay inside (the plot area of its lane). */
  bounds: Box;
}

/** A placed label: its box, and the leader line to its marker when it is displaced. */
export interface PlacedLabel {
  id: string;
  box: Box;
  leader?: Segment;
}

/** How labels are fitted around markers. */
export interface LabelOptions {
  /** The height of a label's box (one line of text). */
  height: number;
  /** Half the size of a marker, stroke included. */
  markerHalf: number;
  /** The space kept between a label and a marker, and between two labels in a row. */
  gap: number;
  /** The space kept, along a row, between a label and a marker that is not its own. */
  clearance: number;
  /** How far, in steps of `step`, a label may slide along its row away from its marker. */
  maxShift: number;
  step: number;
}

/** Whether two boxes overlap once `a` is grown by `padX` left and right and `padY` above and below. */
export function boxesOverlap(a: Box, b: Box, padX = 0, padY = padX): boolean {
  return (
    a.x - padX < b.x + b.width &&
    b.x - padX < a.x + a.width &&
    a.y - padY < b.y + b.height &&
    b.y - padY < a.y + a.height
  );
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether two segments cross. */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) =>
    Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** The box a marker occupies. */
export function markerBox(x: number, y: number, half: number): Box {
  return { x: x - half, y: y - half, width: half * 2, height: half * 2 };
}

/** A leader from the edge of the marker at (x, y) to the nearest point of `box`, if it is not touching. */
function leaderTo(x: number, y: number, box: Box, half: number): Segment | undefined {
  const tx = Math.min(Math.max(x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(y, box.y), box.y + box.height);
  const len = Math.hypot(tx - x, ty - y);
  if (len <= half + 2) return undefined;
  const k = (half + 1) / len;
  return { x1: x + (tx - x) * k, y1: y + (ty - y) * k, x2: tx, y2: ty };
}

interface Candidate {
  box: Box;
  cost: number;
  natural: boolean;
}

/** Candidate boxes for one label inside its bounds, cheapest first. */
function candidates(r: LabelRequest, o: LabelOptions): Candidate[] {
  const { height: h, markerHalf: m, gap, step, maxShift } = o;
  const w = r.width;
  const { x: left, width: room } = r.bounds;
  const own = r.rows.reduce(
    (best, y) => (Math.abs(y - r.y) < Math.abs(best - r.y) ? y : best),
    r.rows[0] ?? r.y,
  );
  const out: Candidate[] = [];
  const add = (x: number, y: number, cost: number, natural: boolean) => {
    if (x >= left && x + w <= left + room) out.push({ box: { x, y, width: w, height: h }, cost, natural });
  };
  for (const rowY of r.rows) {
    if (rowY - h / 2 < r.bounds.y || rowY + h / 2 > r.bounds.y + r.bounds.height) continue;
    const dr = Math.round(Math.abs(rowY - own) / h);
    const y = rowY - h / 2;
    for (let slide = 0; slide <= maxShift; slide += step) {
      // In its own row a label clears the marker; in another row it may start right above it.
      const base = dr * dr * 14 + slide * 0.5;
      add(dr === 0 ? r.x + m + gap + slide : r.x - m + slide, y, base, dr === 0 && slide === 0);
      add(dr === 0 ? r.x - m - gap - w - slide : r.x + m - w - slide, y, base + 3, dr === 0 && slide === 0);
    }
    if (dr > 0) add(r.x - w / 2, y, dr * dr * 14 + 1, false);
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/**
 * Places labels in the order given (most important first). `markers` are the boxes of every
 * visible marker, keyed by the id of its event; no label box overlaps any of them, another label or
 * another label's leader, and no leader crosses a marker other than its own or another label.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  markers: ReadonlyMap<string, Box>,
  options: LabelOptions,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const { gap, markerHalf } = options;
  for (const r of requests) {
    // Only what lies in the label's own bounds can get in its way.
    const near = [...markers].filter(([, b]) => boxesOverlap(b, r.bounds, 1));
    const others = placed.filter((p) => boxesOverlap(p.box, r.bounds, 1));
    for (const c of candidates(r, options)) {
      // A label keeps clear of its own marker, and further clear of others along a row, so that
      // it never reads as the label of the marker next to it.
      if (near.some(([id, b]) => boxesOverlap(c.box, b, id === r.id ? gap : options.clearance, gap)))
        continue;
      // Labels in neighbouring rows may touch: a row is one line of text high.
      if (
        others.some(
          (p) => boxesOverlap(c.box, p.box, gap * 2, 0) || (p.leader && segmentHitsBox(p.leader, c.box)),
        )
      )
        continue;
      // Right beside its marker, or centred right above or below it, a label needs no leader;
      // anywhere else it gets one long enough to see.
      const centred = Math.abs(c.box.x + c.box.width / 2 - r.x) <= markerHalf;
      const adjacent =
        c.natural || (centred && Math.abs(c.box.y + c.box.height / 2 - r.y) <= options.height + 1);
      const leader = adjacent ? undefined : leaderTo(r.x, r.y, c.box, markerHalf);
      if (!adjacent) {
        if (!leader || Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) < 4) continue;
        if (near.some(([id, b]) => id !== r.id && segmentHitsBox(leader, b))) continue;
        if (
          others.some((p) => segmentHitsBox(leader, p.box) || (p.leader && segmentsCross(leader, p.leader)))
        )
          continue;
      }
      placed.push({ id: r.id, box: c.box, ...(leader ? { leader } : {}) });
      break;
    }
  }
  return placed;
}

/** The width of a line of text, estimated as every layout of the site estimates it (shared/measure.ts). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(textWidth(text, fontSize)) + 1;
}
