import { scaleBand, scalePoint } from 'd3-scale';
import { line, curveMonotoneX } from 'd3-shape';
import type { PathVariant } from '../../schemas/path';
import { wrapLabel } from '../shared/text';

/** A lane (a component) of a request path drawing. */
export interface PlacedLane {
  id: string;
  label: string[];
  y: number;
  height: number;
}

/** A step's marker and the segment that leads into it. */
export interface PlacedStep {
  index: number;
  lane: string;
  x: number;
  y: number;
  /** Path from the previous step's marker; empty for the first step. */
  segment: string;
  via?: string;
  viaX: number;
  viaY: number;
}

/** The geometry of one variant's request path. */
export interface PathLayout {
  width: number;
  height: number;
  labelWidth: number;
  lanes: PlacedLane[];
  steps: PlacedStep[];
}

/** Lays out lanes as rows and steps as columns, joining consecutive steps with curves. */
export function layoutPath(
  variant: PathVariant,
  options: { width?: number; laneHeight?: number; labelWidth?: number } = {},
): PathLayout {
  const { width = 620, laneHeight = 48, labelWidth = 120 } = options;
  const height = variant.lanes.length * laneHeight;
  const y = scaleBand<string>()
    .domain(variant.lanes.map((l) => l.id))
    .range([0, height])
    .paddingInner(0.08);
  const x = scalePoint<number>()
    .domain(variant.steps.map((_, i) => i))
    .range([labelWidth + 24, width - 24]);
  const centre = (lane: string) => y(lane)! + y.bandwidth() / 2;
  const curve = line<[number, number]>().curve(curveMonotoneX);
  const steps = variant.steps.map((s, i): PlacedStep => {
    const px = x(i)!;
    const py = centre(s.lane);
    const prev = i > 0 ? ([x(i - 1)!, centre(variant.steps[i - 1]!.lane)] as [number, number]) : undefined;
    const mid: [number, number] = prev ? [(prev[0] + px) / 2, (prev[1] + py) / 2] : [px, py];
    return {
      index: i,
      lane: s.lane,
      x: r(px),
      y: r(py),
      segment: prev ? (curve([prev, mid, [px, py]]) ?? '') : '',
      via: s.via,
      viaX: r(mid[0]),
      viaY: r(mid[1] - 7),
    };
  });
  const lanes = variant.lanes.map((l) => ({
    id: l.id,
    label: wrapLabel(l.label, labelWidth - 12, 6.4).slice(0, 3),
    y: r(y(l.id)!),
    height: r(y.bandwidth()),
  }));
  return { width, height, labelWidth, lanes, steps };
}

const r = (n: number) => Math.round(n * 10) / 10;
