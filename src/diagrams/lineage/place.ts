/**
 * One arrangement of the lineage drawing: given each node's row, stack the lanes, draw the edges,
 * place every label at its first clear position and list what still collides. layout.ts searches
 * over rows with it. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { eventYear } from '../timeline/layout';
import {
  boxesOverlap,
  cubicPath,
  polylineHitsBox,
  sampleCubic,
  textWidth,
  type Box,
  type Cubic,
  type Point,
} from './geometry';
import type {
  LabelBox,
  LayoutEdge,
  LayoutNode,
  LineageLayout,
  LineageOptions,
  PlacedEdge,
  PlacedNode,
} from './layout';

const r = (n: number) => Math.round(n * 10) / 10;

/** Nodes in date order (by the middle of the period each date names; ties keep the data's order). */
export function sortByDate<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((n, i) => [n, eventYear(n.date), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([n]) => n);
}

/** What every arrangement shares: the scale, the sorted nodes, the sizes. */
export type Ctx = ReturnType<typeof context>;

/** Computes the shared parts of every arrangement. */
export function context(
  nodes: readonly LayoutNode[],
  lanes: readonly { id: string; title: string }[],
  o: LineageOptions,
) {
  const { width = 800, fontSize = 12, markerRadius = 5, rowPitch = 32, laneHeader = 22 } = o;
  const sorted = sortByDate(nodes);
  const years = sorted.map((n) => eventYear(n.date));
  const first = Math.floor(Math.min(...years));
  const until = Math.max(o.until ?? -Infinity, ...years.map(Math.floor));
  const plotLeft = 12;
  const plotRight = width - 12;
  const x = scaleLinear()
    .domain([first, until + 1])
    .range([plotLeft + markerRadius, plotRight - markerRadius]);
  const labelH = fontSize + 4;
  const laneIds = new Set(lanes.map((l) => l.id));
  for (const n of sorted)
    if (!laneIds.has(n.lane))
      throw new Error(`lineage layout: node "${n.id}" is in unknown lane "${n.lane}"`);
  // A row's marker sits far enough below the lane's header for a label to fit above it.
  const pad = markerRadius + 3 + labelH + 2;
  return {
    width,
    fontSize,
    markerRadius,
    rowPitch,
    laneHeader,
    sorted,
    first,
    until,
    plotLeft,
    plotRight,
    x,
    labelH,
    lanes,
    pad,
    laneOf: new Map(sorted.map((n) => [n.id, n.lane])),
    textWidth: (s: string) => textWidth(s, fontSize),
  };
}

/** The drawing for given rows (empty rows are squeezed out), with its collisions. */
export function place(
  ctx: Ctx,
  edges: readonly LayoutEdge[],
  rowsIn: ReadonlyMap<string, number>,
): LineageLayout {
  const { markerRadius: rad, labelH, fontSize, width, plotLeft } = ctx;
  const collisions: string[] = [];
  let top = 0;
  const pos = new Map<string, { x: number; y: number; row: number }>();
  const lanes = ctx.lanes.map(({ id, title }) => {
    const used = [...new Set(ctx.sorted.filter((n) => n.lane === id).map((n) => rowsIn.get(n.id)!))].sort(
      (a, b) => a - b,
    );
    for (const n of ctx.sorted.filter((m) => m.lane === id)) {
      const row = used.indexOf(rowsIn.get(n.id)!);
      pos.set(n.id, {
        x: ctx.x(eventYear(n.date)),
        y: top + ctx.laneHeader + ctx.pad + row * ctx.rowPitch,
        row,
      });
    }
    const rows = Math.max(used.length, 1);
    const lane = {
      id,
      title,
      y: top,
      height: ctx.laneHeader + 2 * ctx.pad + (rows - 1) * ctx.rowPitch,
      rows,
    };
    top += lane.height;
    return lane;
  });

  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) throw new Error(`lineage layout: edge "${e.id}" joins an unknown node`);
    if (b.x - a.x >= 4 * rad) {
      const curve = edgeCurve(a, b, rad);
      return { id: e.id, from: e.from, to: e.to, d: cubicPath(curve), points: sampleCubic(curve, 40) };
    }
    // Into an older node: arrive from above or below on its row, at the edge's date.
    const at = Math.max(e.date ? ctx.x(eventYear(e.date)) : 0, a.x + 3 * rad, b.x + 3 * rad);
    const curve = dropCurve(a, { x: at, y: b.y }, rad);
    const stub: Point[] = [
      [b.x + rad, b.y],
      [at, b.y],
    ];
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      d: cubicPath(curve),
      stub: `M${r(stub[0]![0])},${r(b.y)}H${r(at)}`,
      points: [...sampleCubic(curve, 40), ...stub.slice().reverse()],
    };
  });

  const markers = ctx.sorted.map((n) => ({
    id: n.id,
    box: markerBox(pos.get(n.id)!.x, pos.get(n.id)!.y, rad),
  }));
  for (const [i, m] of markers.entries())
    for (const o of markers.slice(i + 1))
      if (boxesOverlap(m.box, o.box, 2)) collisions.push(`marker of ${m.id} overlaps ${o.id}`);
  const bounds = placedEdges.map((e) => boundsOf(e.points));
  for (const [i, e] of placedEdges.entries())
    for (const m of markers.filter((mk) => boxesOverlap(mk.box, bounds[i]!, 2)))
      if (m.id !== e.from && m.id !== e.to && polylineHitsBox(e.points, m.box, 1))
        collisions.push(`marker of ${m.id} crosses ${e.id}`);
  const chosen = new Map<string, Box>();
  /** What a box would touch: a marker, another node's label, or an edge (its own edges only away from its marker). */
  const hit = (box: Box, own?: string, extra: readonly Box[] = []): string | undefined => {
    const marker = markers.find((m) => boxesOverlap(box, m.box, 1.5));
    if (marker) return `the marker of ${marker.id}`;
    for (const [id, b] of chosen) if (id !== own && boxesOverlap(box, b, 1.5)) return `the label of ${id}`;
    if (extra.some((t) => boxesOverlap(box, t, 1.5))) return 'a lane title';
    for (const [i, e] of placedEdges.entries()) {
      if (!boxesOverlap(box, bounds[i]!, 2)) continue;
      const mine = e.from === own || e.to === own;
      const pts = mine ? (e.from === own ? e.points.slice(3) : e.points.slice(0, -3)) : e.points;
      if (polylineHitsBox(pts, box, 1.5)) return `edge ${e.id}`;
    }
    return undefined;
  };
  const laneOf = new Map(lanes.map((l) => [l.id, l]));
  const optionsOf = (n: LayoutNode): Box[] => {
    const p = pos.get(n.id)!;
    const lane = laneOf.get(n.lane)!;
    const inside = (c: Box) =>
      c.x >= 0 &&
      c.x + c.width <= width &&
      c.y >= lane.y + ctx.laneHeader &&
      c.y + c.height <= lane.y + lane.height;
    return candidates(p.x, p.y, ctx.textWidth(n.label), labelH, rad).filter(inside);
  };
  // Each label takes its first clear position; failing that, it may push one earlier label that is
  // in its way to another clear position of that label's own.
  for (const n of ctx.sorted) {
    const options = optionsOf(n);
    let box = options.find((c) => !hit(c, n.id));
    for (const c of box ? [] : options) {
      const blockers = [...chosen].filter(([, b]) => boxesOverlap(c, b, 1.5));
      if (blockers.length !== 1 || markers.some((m) => boxesOverlap(c, m.box, 1.5))) continue;
      const [other] = blockers[0]!;
      const saved = chosen.get(other)!;
      chosen.delete(other);
      if (hit(c, n.id)) {
        chosen.set(other, saved);
        continue;
      }
      const moved = optionsOf(ctx.sorted.find((m) => m.id === other)!).find(
        (oc) => !hit(oc, other) && !boxesOverlap(oc, c, 1.5),
      );
      chosen.set(other, moved ?? saved);
      if (moved) {
        box = c;
        break;
      }
    }
    chosen.set(
      n.id,
      box ??
        options[0] ?? {
          x: pos.get(n.id)!.x + rad + 3,
          y: pos.get(n.id)!.y - labelH / 2,
          width: ctx.textWidth(n.label),
          height: labelH,
        },
    );
  }
  const nodesOut: PlacedNode[] = ctx.sorted.map((n) => {
    const p = pos.get(n.id)!;
    const box = chosen.get(n.id)!;
    const why = hit(box, n.id);
    if (why) collisions.push(`label of ${n.id} crosses ${why.replace(/^edge /, '')}`);
    return { id: n.id, lane: n.lane, row: p.row, x: r(p.x), y: r(p.y), label: labelBox(box, fontSize) };
  });
  const titles: Box[] = [];

  // Lane titles go in their header band, at the leftmost place that no edge or label crosses.
  const lanesOut = lanes.map(({ title, ...l }) => {
    const w = ctx.textWidth(title);
    for (let tx = plotLeft; tx + w <= width - plotLeft; tx += 6) {
      const box = { x: tx, y: l.y + 3, width: w, height: labelH };
      if (!hit(box, undefined, titles)) {
        titles.push(box);
        return { ...l, title: labelBox(box, fontSize) };
      }
    }
    collisions.push(`title of lane ${l.id}`);
    return { ...l, title: labelBox({ x: plotLeft, y: l.y + 3, width: w, height: labelH }, fontSize) };
  });

  const span = ctx.until + 1 - ctx.first;
  const step = [1, 2, 5, 10].find((s) => ((ctx.plotRight - plotLeft) / span) * s >= 40) ?? 10;
  const ticks = [];
  for (let year = ctx.first; year <= ctx.until + 1; year++)
    ticks.push({ year, x: r(ctx.x(year)), label: year % step === 0 });
  const rounded = placedEdges.map((e) => ({ ...e, points: e.points.map(([a, b]) => [r(a), r(b)] as const) }));
  return {
    width,
    height: top + 26,
    plotLeft,
    plotRight: ctx.plotRight,
    axisY: top,
    lanes: lanesOut,
    ticks,
    nodes: nodesOut,
    edges: rounded,
    collisions,
  };
}

function boundsOf(points: readonly Point[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The box of a node's marker. */
export function markerBox(x: number, y: number, radius: number): Box {
  return { x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

function labelBox(b: Box, fontSize: number): LabelBox {
  return {
    x: r(b.x),
    y: r(b.y),
    width: r(b.width),
    height: r(b.height),
    textX: r(b.x + 1),
    textY: r(b.y + fontSize),
  };
}

/**
 * Label positions around a marker at (x, y), in order of preference: above or below starting at the
 * marker, to the right, then above or below slid leftwards in quarter steps, then to the left.
 */
export function candidates(x: number, y: number, w: number, h: number, radius: number): Box[] {
  const gap = 3;
  const above = y - radius - gap - h;
  const below = y + radius + gap;
  const middle = y - h / 2;
  const out: Box[] = [
    { x: x - 4, y: above, width: w, height: h },
    { x: x - 4, y: below, width: w, height: h },
    { x: x + radius + gap, y: middle, width: w, height: h },
  ];
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const left = x - 4 - share * (w - 8);
    out.push({ x: left, y: above, width: w, height: h }, { x: left, y: below, width: w, height: h });
  }
  // Clear of the marker's vertical centre line, where an edge arriving from above or below runs.
  for (const left of [x + 3, x - 3 - w])
    out.push({ x: left, y: above, width: w, height: h }, { x: left, y: below, width: w, height: h });
  out.push({ x: x - radius - gap - w, y: middle, width: w, height: h });
  return out;
}

/** The curve from one marker to a later one: it leaves rightwards and enters from the left. */
function edgeCurve(a: { x: number; y: number }, b: { x: number; y: number }, radius: number): Cubic {
  const start: Point = [a.x + radius, a.y];
  const end: Point = [b.x - radius - 1, b.y];
  const reach = (end[0] - start[0]) / 2;
  return [start, [start[0] + reach, start[1]], [end[0] - reach, end[1]], end];
}

/** The curve from a marker down (or up) onto a point of another node's row, arriving vertically. */
function dropCurve(a: { x: number; y: number }, at: { x: number; y: number }, radius: number): Cubic {
  const down = at.y > a.y ? 1 : -1;
  const start: Point = [a.x, a.y + down * radius];
  const end: Point = [at.x, at.y - down * 2];
  const reach = (Math.max(Math.abs(end[1] - start[1]), 24) / 2) * down;
  return [start, [start[0], start[1] + reach], [end[0], end[1] - reach], end];
}
