/**
 * Where a segment's transition label ("vm-exit", "syscall") goes: beside its straight segment, in
 * the column gap between the segment's two markers, so that it crosses no line and no marker.
 * Only one segment runs through a column gap (steps advance left to right), so a label kept inside
 * its gap can meet nothing else.
 */

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clear space (px) kept between a label and a line or a marker. */
export const CLEARANCE = 3;

type Point = readonly [number, number];

/**
 * Picks, among boxes of `size` above and below the segment from `a` to `b` (left or right aligned
 * in the gap, or centred on the midpoint), the one nearest the midpoint that stays inside
 * `[0, bottom]`. The gap between the markers (radius `r`) must be wide enough for the label; the
 * layout sizes it so.
 */
export function placeVia(
  a: Point,
  b: Point,
  r: number,
  size: { width: number; height: number },
  bottom: number,
): Box {
  const { width, height } = size;
  const slope = (b[1] - a[1]) / (b[0] - a[0]);
  const lineY = (x: number) => a[1] + slope * (x - a[0]);
  // A line at an angle comes closer to a box corner than the vertical distance between them.
  const pad = CLEARANCE * Math.sqrt(1 + slope * slope);
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const left = a[0] + r + CLEARANCE;
  const right = b[0] - r - CLEARANCE;
  const starts = [mid[0] - width / 2, left, right - width].filter((x) => x >= left && x + width <= right);
  const candidates: (Box & { below: boolean })[] = [];
  for (const x of starts) {
    const ends = [lineY(x), lineY(x + width)];
    const above = Math.min(...ends) - pad - height;
    const below = Math.max(...ends) + pad;
    if (above >= 0) candidates.push({ x, y: above, width, height, below: false });
    if (below + height <= bottom) candidates.push({ x, y: below, width, height, below: true });
  }
  // Nearest the midpoint wins; at about equal distance a label reads better above its line.
  const distance = (c: Box & { below: boolean }) =>
    Math.hypot(c.x + c.width / 2 - mid[0], c.y + c.height / 2 - mid[1]) + (c.below ? 4 : 0);
  const best = candidates.sort((p, q) => distance(p) - distance(q))[0];
  if (!best) throw new Error(`no room for a ${Math.round(width)}px label between x=${a[0]} and x=${b[0]}`);
  return { x: best.x, y: best.y, width, height };
}
