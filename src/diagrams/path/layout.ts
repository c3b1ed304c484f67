import { scaleBand } from 'd3-scale';
import type { PathVariant } from '../../schemas/path';
import { placeVia, type Box } from './place-via';
import { ASCENT, blockHeight, LANE_FONT, LINE_HEIGHT, textWidth, VIA_FONT, wrapTwoLines } from './text-fit';

/** A lane (a component) of a request path drawing, with its label set on one or two lines. */
export interface PlacedLane {
  id: string;
  /** The whole label, as the data gives it. */
  label: string;
  /** The label's lines and their baselines. */
  lines: { text: string; y: number }[];
  /** The box the label must stay inside: the lane's band, left of the first marker. */
  labelBox: Box;
  y: number;
  height: number;
}

/** A step's marker and the segment that leads into it. */
export interface PlacedStep {
  index: number;
  lane: string;
  x: number;
  y: number;
  /** Straight path from the previous step's marker; empty for the first step. */
  segment: string;
  via?: string;
  /** Where the via label goes: its box, the centre of its text, and its lines with their baselines. */
  viaBox?: Box;
  viaX: number;
  viaLines: { text: string; y: number }[];
}

/** The geometry of one variant's request path. */
export interface PathLayout {
  width: number;
  height: number;
  labelWidth: number;
  lanes: PlacedLane[];
  steps: PlacedStep[];
}

/** Options; the defaults suit the site's column. */
export interface PathLayoutOptions {
  /** The narrowest drawing; a path with long via labels gets a wider one. */
  minWidth?: number;
  laneHeight?: number;
  labelWidth?: number;
}

/** Marker radius, smallest gap between two markers, and margin beside the first and last. */
export const MARKER_R = 11;
const MIN_GAP = 56;
const MARGIN = 20;
/** A via label wider than this (px) breaks after its hyphen ("shared-" / "memory"). */
const VIA_BREAK = 60;

/** A via label's lines: one, or two split at the hyphen nearest its middle if it is long. */
export function viaLines(via: string): string[] {
  const hyphens = [...via.matchAll(/-/g)].map((m) => m.index);
  if (textWidth(via, VIA_FONT, true) <= VIA_BREAK || !hyphens.length) return [via];
  const cut = hyphens.sort((p, q) => Math.abs(p - via.length / 2) - Math.abs(q - via.length / 2))[0]! + 1;
  return [via.slice(0, cut), via.slice(cut)];
}

/**
 * Lays out lanes as rows and steps as columns, joined by straight segments. Each column gap is
 * widened to hold its via label (set bold, as when current); lane labels wrap to two lines or fail.
 */
export function layoutPath(variant: PathVariant, options: PathLayoutOptions = {}): PathLayout {
  const { minWidth = 620, laneHeight = 48, labelWidth = 128 } = options;
  const height = variant.lanes.length * laneHeight;
  const band = scaleBand<string>()
    .domain(variant.lanes.map((l) => l.id))
    .range([0, height])
    .paddingInner(0.08);
  const centre = (lane: string) => band(lane)! + band.bandwidth() / 2;

  const viaSize = (via?: string) => {
    const lines = via ? viaLines(via) : [];
    return {
      width: Math.max(0, ...lines.map((l) => textWidth(l, VIA_FONT, true))),
      height: blockHeight(Math.max(1, lines.length), VIA_FONT),
    };
  };
  const gaps = variant.steps.map((s, i) =>
    i === 0 ? 0 : Math.max(MIN_GAP, viaSize(s.via).width + 2 * (MARKER_R + 3 + 2)),
  );
  const first = labelWidth + MARGIN;
  const natural = gaps.reduce((a, b) => a + b, 0);
  const stretch = Math.max(1, (minWidth - MARGIN - first) / natural);
  let x = first;
  const xs = gaps.map((g) => (x += g * stretch));

  const steps = variant.steps.map((s, i): PlacedStep => {
    const px = xs[i]!;
    const py = centre(s.lane);
    const step: PlacedStep = {
      index: i,
      lane: s.lane,
      x: r(px),
      y: r(py),
      segment: '',
      viaX: r(px),
      viaLines: [],
    };
    if (i === 0) return step;
    const prev = [r(xs[i - 1]!), r(centre(variant.steps[i - 1]!.lane))] as const;
    step.segment = `M${prev[0]},${prev[1]}L${step.x},${step.y}`;
    if (!s.via) return step;
    const box = placeVia(prev, [step.x, step.y], MARKER_R, viaSize(s.via), height);
    step.via = s.via;
    step.viaBox = { x: r(box.x), y: r(box.y), width: r(box.width), height: r(box.height) };
    step.viaX = r(box.x + box.width / 2);
    step.viaLines = viaLines(s.via).map((text, k) => ({
      text,
      y: r(box.y + ASCENT * VIA_FONT + k * LINE_HEIGHT * VIA_FONT),
    }));
    return step;
  });

  const lanes = variant.lanes.map((l): PlacedLane => {
    const lines = wrapTwoLines(l.label, labelWidth - 8 - 6, LANE_FONT);
    const top = centre(l.id) - blockHeight(lines.length, LANE_FONT) / 2;
    return {
      id: l.id,
      label: l.label,
      lines: lines.map((text, k) => ({ text, y: r(top + ASCENT * LANE_FONT + k * LINE_HEIGHT * LANE_FONT) })),
      labelBox: { x: 0, y: r(band(l.id)!), width: labelWidth, height: r(band.bandwidth()) },
      y: r(band(l.id)!),
      height: r(band.bandwidth()),
    };
  });
  const width = r(Math.max(minWidth, xs[xs.length - 1]! + MARGIN));
  return { width, height, labelWidth, lanes, steps };
}

const r = (n: number) => Math.round(n * 10) / 10;
