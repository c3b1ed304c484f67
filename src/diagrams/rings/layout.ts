import { scaleBand } from 'd3-scale';
import type { RingConfig } from '../../schemas/rings';
import type { MorphBox } from '../shared/morph';
import { wrapLabel } from '../shared/text';

/** The two columns of the drawing: VMX root (or plain) operation, and VMX non-root. */
export const ringModes = ['host', 'guest'] as const;

/** A placed component chip. */
export interface RingChip extends MorphBox {
  mode: 'host' | 'guest';
  ring: number;
}

/** The geometry of one configuration. */
export interface RingsLayout {
  width: number;
  height: number;
  labelWidth: number;
  header: number;
  columns: { mode: 'host' | 'guest'; x: number; width: number }[];
  rings: { ring: number; y: number; height: number }[];
  chips: RingChip[];
}

/**
 * Places each component in its (mode, ring) cell; several in one cell share it side by side.
 * Ring 3 is drawn at the top and ring 0 at the bottom, nearest the hardware.
 */
export function layoutRings(
  config: RingConfig,
  options: { width?: number; rowHeight?: number } = {},
): RingsLayout {
  const { width = 620, rowHeight = 58 } = options;
  const labelWidth = 64;
  const header = 28;
  const gap = 10;
  const colWidth = (width - labelWidth - gap) / 2;
  const columns = ringModes.map((mode, i) => ({
    mode,
    x: labelWidth + i * (colWidth + gap),
    width: colWidth,
  }));
  const y = scaleBand<number>()
    .domain([3, 2, 1, 0])
    .range([header, header + 4 * rowHeight])
    .paddingInner(0.1);
  const cells = new Map<string, typeof config.placements>();
  for (const p of config.placements) {
    const k = `${p.mode}:${p.ring}`;
    cells.set(k, [...(cells.get(k) ?? []), p]);
  }
  const chips: RingChip[] = [];
  for (const [k, list] of cells) {
    const [mode, ring] = k.split(':') as ['host' | 'guest', string];
    const col = columns.find((c) => c.mode === mode)!;
    const pad = 8;
    const w = (col.width - pad * (list.length + 1)) / list.length;
    list.forEach((p, i) => {
      const x = col.x + pad + i * (w + pad);
      chips.push({
        key: p.key,
        mode,
        ring: Number(ring),
        x: r(x),
        y: r(y(Number(ring))! + 6),
        width: r(w),
        height: r(y.bandwidth() - 12),
        lines: wrapLabel(p.label, w - 10, 6.6).slice(0, 2),
      });
    });
  }
  return {
    width,
    height: header + 4 * rowHeight,
    labelWidth,
    header,
    columns,
    rings: [3, 2, 1, 0].map((ring) => ({ ring, y: r(y(ring)!), height: r(y.bandwidth()) })),
    chips,
  };
}

/** Every chip key used by any configuration, in first-seen order. */
export function ringKeys(configs: readonly RingConfig[]): string[] {
  return [...new Set(configs.flatMap((c) => c.placements.map((p) => p.key)))];
}

const r = (n: number) => Math.round(n * 10) / 10;
