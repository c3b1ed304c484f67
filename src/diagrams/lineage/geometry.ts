/**
 * Small plane geometry for placing the lineage's labels: boxes, curves sampled as polylines, and
 * the tests for a box touching another box or a line. Pure; used by layout.ts and its tests.
 */

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point. */
export type Point = readonly [number, number];

/** Whether two boxes overlap (touching edges do not count), after growing `a` by `pad`. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x - pad < b.x + b.width &&
    b.x < a.x + a.width + pad &&
    a.y - pad < b.y + b.height &&
    b.y < a.y + a.height + pad
  );
}

/** Whether the segment p–q passes through the box (grown by `pad`). Liang–Barsky clipping. */
export function segmentHitsBox(p: Point, q: Point, box: Box, pad = 0): boolean {
  const [x0, y0] = p;
  const dx = q[0] - x0;
  const dy = q[1] - y0;
  const left = box.x - pad;
  const right = box.x + box.width + pad;
  const top = box.y - pad;
  const bottom = box.y + box.height + pad;
  let t0 = 0;
  let t1 = 1;
  for (const [pk, qk] of [
    [-dx, x0 - left],
    [dx, right - x0],
    [-dy, y0 - top],
    [dy, bottom - y0],
  ] as const) {
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const t = qk / pk;
      if (pk < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether a polyline passes through the box (grown by `pad`). */
export function polylineHitsBox(points: readonly Point[], box: Box, pad = 0): boolean {
  for (let i = 1; i < points.length; i++)
    if (segmentHitsBox(points[i - 1]!, points[i]!, box, pad)) return true;
  return false;
}

/** A cubic Bézier curve: start, two control points, end. */
export type Cubic = readonly [Point, Point, Point, Point];

/** The curve sampled at `n` + 1 evenly spaced parameters, as a polyline. */
export function sampleCubic([p0, p1, p2, p3]: Cubic, n = 32): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    out.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
  }
  return out;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** The SVG path `d` of a cubic curve, rounded to tenths. */
export function cubicPath([p0, p1, p2, p3]: Cubic): string {
  return `M${r(p0[0])},${r(p0[1])}C${r(p1[0])},${r(p1[1])} ${r(p2[0])},${r(p2[1])} ${r(p3[0])},${r(p3[1])}`;
}

/** A label's width, estimated as every layout of the site estimates it (shared/measure.ts). */
export { textWidth } from '../shared/measure';
