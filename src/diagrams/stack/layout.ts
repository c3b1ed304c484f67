import { scaleBand, scaleLinear } from 'd3-scale';
import { StackLayers, stackLayerLabels, type StackLayer, type StackSystem } from '../../schemas/stack';
import { wrapLabel } from '../shared/text';

/** The geometry of one block, ready to draw. */
export interface PlacedBlock {
  key: string;
  layer: StackLayer;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  style: 'solid' | 'absent';
}

/** The geometry of a whole stack drawing. */
export interface StackLayout {
  width: number;
  height: number;
  rows: { layer: StackLayer; label: string[]; y: number; height: number }[];
  blocks: PlacedBlock[];
}

/** Drawing options; the defaults suit a 620-unit-wide viewBox. */
export interface StackLayoutOptions {
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  gap?: number;
}

/** Lays out one system's blocks on the fixed grid of layers (rows) and four columns. */
export function layoutStack(system: StackSystem, options: StackLayoutOptions = {}): StackLayout {
  const { width = 620, rowHeight = 50, labelWidth = 130, gap = 6 } = options;
  const height = StackLayers.length * rowHeight;
  const y = scaleBand<StackLayer>()
    .domain(StackLayers)
    .range([0, height])
    .paddingInner(gap / rowHeight);
  const x = scaleLinear().domain([0, 4]).range([labelWidth, width]);
  const blocks = system.blocks.map((b): PlacedBlock => {
    const bx = x(b.col) + (b.col === 0 ? 0 : gap / 2);
    const right = x(b.col + b.span) - (b.col + b.span === 4 ? 0 : gap / 2);
    const w = right - bx;
    return {
      key: b.key,
      layer: b.layer,
      x: round(bx),
      y: round(y(b.layer)!),
      width: round(w),
      height: round(y.bandwidth()),
      lines: wrapLabel(b.label, w - 12).slice(0, 3),
      style: b.style,
    };
  });
  const rows = StackLayers.map((layer) => ({
    layer,
    label: wrapLabel(stackLayerLabels[layer], labelWidth - 12, 6.2).slice(0, 3),
    y: round(y(layer)!),
    height: round(y.bandwidth()),
  }));
  return { width, height, rows, blocks };
}

/** Every block key used by any system, in first-seen order: the SVG holds one node per key. */
export function unionKeys(systems: readonly StackSystem[]): string[] {
  return [...new Set(systems.flatMap((s) => s.blocks.map((b) => b.key)))];
}

const round = (n: number) => Math.round(n * 10) / 10;
