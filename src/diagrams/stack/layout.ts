/**
 * The stack drawing's geometry: one row per layer, four columns (host, then three guests), in two
 * proportions. `wide` puts the layer names in a column at the left; `narrow` writes each layer's
 * name above its row, so that the drawing keeps a legible size in a phone-wide or half-wide panel.
 * Labels wrap by an estimate of their width (../shared/measure.ts), and rows grow to hold them.
 */
import { STACK_LAYER_LABELS, STACK_LAYERS, type StackLayer } from '../../lib/vocabulary';
import type { StackSystem } from '../../schemas/stack';
import { wrapToWidth } from '../shared/measure';

/** The two proportions of the drawing. */
export type StackVariant = 'wide' | 'narrow';

/** A drawing's proportions and type sizes, in viewBox units. */
export interface StackGeometry {
  width: number;
  /** The layer-name column at the left (`wide`); 0 when names head each row (`narrow`). */
  labelWidth: number;
  /** Relative widths of the columns: host, then three guests (the third is seldom used). */
  weights: readonly [number, number, number, number];
  font: number;
  labelFont: number;
  gap: number;
  padX: number;
  padY: number;
  minBlock: number;
}

/** The proportions of each variant. */
export const STACK_GEOMETRY: Record<StackVariant, StackGeometry> = {
  wide: {
    width: 620,
    labelWidth: 130,
    weights: [1, 1, 1, 1],
    font: 12.5,
    labelFont: 11.5,
    gap: 6,
    padX: 8,
    padY: 5,
    minBlock: 40,
  },
  narrow: {
    width: 360,
    labelWidth: 0,
    weights: [1.3, 1, 1, 0.45],
    font: 12,
    labelFont: 11,
    gap: 4,
    padX: 6,
    padY: 4,
    minBlock: 34,
  },
};

/** Line height, in ems. */
const LINE = 1.2;
/** Room around the drawing, so that the strokes of the outermost boxes are not cut off. */
const INSET = 1;

/** A line of text placed at its baseline. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

/** The geometry of one block, ready to draw; text positions are relative to the block. */
export interface PlacedBlock {
  key: string;
  layer: StackLayer;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: PlacedLine[];
  style: 'solid' | 'absent';
}

/** One layer's row: its band, its name, and where its blocks start. */
export interface PlacedRow {
  layer: StackLayer;
  y: number;
  height: number;
  label: PlacedLine[];
  /** The top of the blocks (below the name in `narrow`). */
  blockY: number;
  blockHeight: number;
}

/** The geometry of a whole stack drawing. */
export interface StackLayout {
  variant: StackVariant;
  width: number;
  height: number;
  rows: PlacedRow[];
  blocks: PlacedBlock[];
}

/**
 * Lays out several systems in one variant with shared row heights, so that the drawings line up
 * side by side and keep their size when the reader switches between them.
 */
export function layoutStacks(
  systems: readonly StackSystem[],
  variant: StackVariant = 'wide',
): Map<string, StackLayout> {
  const g = STACK_GEOMETRY[variant];
  const edges = columnEdges(g);
  const spanOf = (col: number, span: number) => {
    const x = edges[col]! + (col === 0 ? 0 : g.gap / 2);
    return { x, width: edges[col + span]! - (col + span === 4 ? 0 : g.gap / 2) - x };
  };
  const wrapped = systems.map((s) =>
    s.blocks.map((b) => wrapToWidth(b.label, spanOf(b.col, b.span).width - 2 * g.padX, g.font)),
  );
  const lineH = g.font * LINE;
  const labelH = g.labelFont * LINE;
  let y = INSET;
  const rows = STACK_LAYERS.map((layer): PlacedRow & { names: string[] } => {
    // The name fits the label column (wide), or the whole width above the row (narrow).
    const names = wrapToWidth(STACK_LAYER_LABELS[layer], (g.labelWidth || g.width) - 2 * g.padX, g.labelFont);
    const lines = Math.max(
      1,
      ...systems.flatMap((s, i) =>
        s.blocks.flatMap((b, j) => (b.layer === layer ? [wrapped[i]![j]!.length] : [])),
      ),
    );
    const heading = g.labelWidth ? 0 : names.length * labelH + g.padY;
    const blockHeight = Math.max(
      g.minBlock,
      lines * lineH + 2 * g.padY,
      g.labelWidth ? names.length * labelH + 2 * g.padY : 0,
    );
    const row = {
      layer,
      y,
      height: heading + blockHeight,
      blockY: y + heading,
      blockHeight,
      names,
      label: [],
    };
    y += row.height + g.gap;
    return row;
  });
  for (const row of rows) {
    row.label = g.labelWidth
      ? stackLines(row.names, g.padX, row.y, row.height, labelH, g.labelFont)
      : row.names.map((text, i) => ({
          text,
          x: g.padX,
          y: round(row.y + g.padY / 2 + labelH * i + labelH / 2 + 0.35 * g.labelFont),
        }));
  }
  const rowOf = new Map(rows.map((r) => [r.layer, r]));
  const out = new Map<string, StackLayout>();
  systems.forEach((s, i) => {
    const blocks = s.blocks.map((b, j): PlacedBlock => {
      const row = rowOf.get(b.layer)!;
      const { x, width } = spanOf(b.col, b.span);
      const lines = stackLines(wrapped[i]![j]!, g.padX, 0, row.blockHeight, lineH, g.font);
      return {
        key: b.key,
        layer: b.layer,
        x: round(x),
        y: round(row.blockY),
        width: round(width),
        height: round(row.blockHeight),
        lines,
        style: b.style,
      };
    });
    out.set(s.id, {
      variant,
      width: g.width,
      height: round(y - g.gap + INSET),
      rows: rows.map(({ names: _names, ...r }) => ({
        ...r,
        y: round(r.y),
        height: round(r.height),
        blockY: round(r.blockY),
        blockHeight: round(r.blockHeight),
      })),
      blocks,
    });
  });
  return out;
}

/** Lays out one system on its own (row heights fitted to it alone). */
export function layoutStack(system: StackSystem, variant: StackVariant = 'wide'): StackLayout {
  return layoutStacks([system], variant).get(system.id)!;
}

/** Every block key used by any system, in first-seen order. */
export function unionKeys(systems: readonly StackSystem[]): string[] {
  return [...new Set(systems.flatMap((s) => s.blocks.map((b) => b.key)))];
}

/** The x of each column edge: five edges for four columns. */
function columnEdges(g: StackGeometry): number[] {
  const unit = (g.width - g.labelWidth - 2 * INSET) / g.weights.reduce((a, b) => a + b, 0);
  const edges = [g.labelWidth + INSET];
  for (const w of g.weights) edges.push(edges.at(-1)! + w * unit);
  return edges;
}

/** Centres lines vertically in a box from `top` of `height`, at baselines `lineH` apart. */
function stackLines(
  lines: readonly string[],
  x: number,
  top: number,
  height: number,
  lineH: number,
  font: number,
): PlacedLine[] {
  const first = top + (height - lines.length * lineH) / 2 + lineH / 2;
  return lines.map((text, i) => ({ text, x, y: round(first + i * lineH + 0.35 * font) }));
}

const round = (n: number) => Math.round(n * 10) / 10;
