/**
 * The lineage drawing's geometry: time runs left to right on a linear scale of years, each lane is a
 * horizontal band, nodes sit at their first date on rows within their lane, and edges are curves
 * from one node to another. Labels (node names and lane titles) are placed where they touch no
 * other label, no marker and no edge; `collisions` reports any that could not be.
 *
 * This module holds the types and the search over rows; place.ts draws one arrangement of rows.
 * Pure: data and options in, plain geometry out. Imports only DOM-free modules.
 */
import { eventYear } from '../timeline/layout';
import { boxesOverlap, type Box, type Point } from './geometry';
import { candidates, context, markerBox, place, type Ctx } from './place';

/** What the layout needs of a node. */
export interface LayoutNode {
  id: string;
  /** The text drawn beside the marker. */
  label: string;
  lane: string;
  date: string;
}

/** What the layout needs of an edge. */
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  /** When it passed; places the arrival of an edge into a node older than its source. */
  date?: string;
}

/** Options; the defaults suit a viewBox 800 units wide shown at about 45rem. */
export interface LineageOptions {
  width?: number;
  /** The last year drawn (the axis runs to its end): usually the current year. */
  until?: number;
  fontSize?: number;
  markerRadius?: number;
  rowPitch?: number;
  /** Height of the band at the top of each lane that holds its title. */
  laneHeader?: number;
}

/** A label's box, and where its text starts (text-anchor start, alphabetic baseline). */
export type LabelBox = Box & { textX: number; textY: number };

/** A node's marker and label. */
export interface PlacedNode {
  id: string;
  lane: string;
  row: number;
  x: number;
  y: number;
  label: LabelBox;
}

/** An edge's curve, with the curve as a polyline for hit tests. */
export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  d: string;
  /**
   * For an edge into a node older than its source: the stretch of the target's row, from its marker
   * to where the edge arrives at the edge's date (the target's life up to taking the thing up).
   */
  stub?: string;
  points: Point[];
}

/** The whole drawing. */
export interface LineageLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  lanes: { id: string; y: number; height: number; rows: number; title: LabelBox }[];
  ticks: { year: number; x: number; label: boolean }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** What could not be placed clear of everything else (empty when all is well). */
  collisions: string[];
}

/** Nodes in date order (by the middle of the period each date names; ties keep the data's order). */
export { sortByDate } from './place';

/**
 * Lays the lineage out. Rows start from a greedy packing (each node on the first row of its lane
 * where its marker and a label position are free); then, while labels collide, the search moves
 * the nodes involved to other rows and keeps any move that leaves fewer collisions, or as many on
 * a shorter drawing.
 */
export function layoutLineage(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  lanes: readonly { id: string; title: string }[],
  options: LineageOptions = {},
): LineageLayout {
  const ctx = context(nodes, lanes, options);
  // Two starts, compact and roomy; the search improves the better one.
  const starts = [initialRows(ctx), spreadRows(ctx)].map((rows) => ({
    rows,
    layout: place(ctx, edges, rows),
  }));
  let { rows, layout: best } = starts.reduce((a, b) => (score(b.layout) < score(a.layout) ? b : a));
  for (let round = 0; round < 8 && best.collisions.length; round++) {
    let improved = false;
    const suspects = round < 4 ? blamed(best) : ctx.sorted.map((n) => n.id);
    for (const id of suspects) {
      // Moves to a new row between or around the existing ones too (rows are renumbered when placed).
      for (const row of rowChoices(ctx, rows, id)) {
        if (row === rows.get(id)) continue;
        const trial = new Map(rows).set(id, row);
        const t = place(ctx, edges, trial);
        if (score(t) < score(best)) [best, rows, improved] = [t, trial, true];
      }
    }
    // Stuck: move the two nodes of a collision together.
    if (!improved)
      for (const [p, q] of blamedPairs(best)) {
        for (const rp of rowChoices(ctx, rows, p))
          for (const rq of rowChoices(ctx, rows, q)) {
            const trial = new Map(rows).set(p, rp).set(q, rq);
            const t = place(ctx, edges, trial);
            if (score(t) < score(best)) [best, rows, improved] = [t, trial, true];
          }
        if (improved) break;
      }
    if (!improved) break;
  }
  return best;
}

/** The rows a node may move to: each existing row of its lane, and a new one between or around them. */
function rowChoices(ctx: Ctx, rows: ReadonlyMap<string, number>, id: string): number[] {
  const lane = ctx.laneOf.get(id)!;
  const used = [...new Set([...rows].filter(([n]) => ctx.laneOf.get(n) === lane).map(([, row]) => row))].sort(
    (a, b) => a - b,
  );
  const out = [used[0]! - 0.5];
  for (const [i, row] of used.entries()) out.push(row, (row + (used[i + 1] ?? row + 1)) / 2);
  return out;
}

/** The pairs of nodes to move together: the two named in a collision, or a label's node and each end of the edge it touches. */
function blamedPairs(l: LineageLayout): [string, string][] {
  return l.collisions.flatMap((c): [string, string][] => {
    const m = /^(?:label|marker) of (\S+) (?:crosses|overlaps) (?:the (?:label|marker) of )?(\S+)/.exec(c);
    if (!m) return [];
    const e = l.edges.find((x) => x.id === m[2]);
    return e
      ? [
          [m[1]!, e.from],
          [m[1]!, e.to],
          [e.from, e.to],
        ]
      : [[m[1]!, m[2]!]];
  });
}

const score = (l: LineageLayout) => l.collisions.length * 10_000 + l.height;

/** The nodes named in the collisions, and the ends of the edges that cross their labels. */
function blamed(l: LineageLayout): string[] {
  return [...new Set(blamedPairs(l).flat())];
}

/** Greedy rows: each node on the first row of its lane where its marker and a label fit. */
function initialRows(ctx: Ctx): Map<string, number> {
  const rows = new Map<string, number>();
  const boxes = new Map<string, Box[]>();
  for (const n of ctx.sorted) {
    const px = ctx.x(eventYear(n.date));
    const w = ctx.textWidth(n.label);
    const taken = boxes.get(n.lane) ?? [];
    for (let row = 0; ; row++) {
      const y = row * ctx.rowPitch;
      const marker = markerBox(px, y, ctx.markerRadius);
      if (taken.some((b) => boxesOverlap(marker, b, 3))) continue;
      const label = candidates(px, y, w, ctx.labelH, ctx.markerRadius).find(
        (c) => !taken.some((b) => boxesOverlap(c, b, 3)),
      );
      if (!label) continue;
      rows.set(n.id, row);
      boxes.set(n.lane, [...taken, marker, label]);
      break;
    }
  }
  return rows;
}

/** Roomy rows: a node never shares a row with one whose label could reach it from either side. */
function spreadRows(ctx: Ctx): Map<string, number> {
  const rows = new Map<string, number>();
  const ends = new Map<string, number[]>();
  for (const n of ctx.sorted) {
    const px = ctx.x(eventYear(n.date));
    const w = ctx.textWidth(n.label) + 8;
    const lane = ends.get(n.lane) ?? [];
    let row = lane.findIndex((end) => end < px - w);
    if (row < 0) row = lane.length;
    lane[row] = px + w;
    ends.set(n.lane, lane);
    rows.set(n.id, row);
  }
  return rows;
}
