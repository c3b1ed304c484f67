/**
 * The privilege-modes drawing's geometry: a column per mode (VMX root or plain operation, VMX
 * non-root), a row per ring (3 at the top, 0 at the bottom, nearest the hardware), and each
 * component as a chip in its (mode, ring) cell. Chips share a cell side by side while their labels
 * fit, else wrap onto a second line of chips. In two proportions, like the stack: `wide`, and
 * `narrow` for phone-wide screens. Rows are sized for every configuration at once, so that the
 * drawing keeps its size when the reader switches.
 */
import type { RingConfig } from '../../schemas/rings';
import { fitsWidth, wrapToWidth } from '../shared/measure';
import { ringModeLabel, type RingMode } from './words';

/** The two proportions of the drawing. */
export type RingsVariant = 'wide' | 'narrow';

/** The columns of the drawing, left to right. */
export const ringModes = ['host', 'guest'] as const;

interface Geometry {
  width: number;
  labelWidth: number;
  gap: number;
  pad: number;
  font: number;
  headFont: number;
  labelFont: number;
  maxLines: number;
  emptyRow: number;
}
const GEOMETRY: Record<RingsVariant, Geometry> = {
  wide: {
    width: 620,
    labelWidth: 64,
    gap: 10,
    pad: 8,
    font: 12,
    headFont: 12,
    labelFont: 12,
    maxLines: 2,
    emptyRow: 34,
  },
  narrow: {
    width: 360,
    labelWidth: 46,
    gap: 6,
    pad: 6,
    font: 12,
    headFont: 12,
    labelFont: 11,
    maxLines: 3,
    emptyRow: 28,
  },
};
const LINE = 1.2;

/** A line of text placed at its baseline. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

/** A placed component chip; its lines are relative to the chip. */
export interface RingChip {
  key: string;
  mode: RingMode;
  ring: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: PlacedLine[];
}

/** The geometry of one configuration. */
export interface RingsLayout {
  variant: RingsVariant;
  width: number;
  height: number;
  columns: { mode: RingMode; x: number; width: number; label: PlacedLine[] }[];
  rings: { ring: number; y: number; height: number; label: PlacedLine; line?: number }[];
  chips: RingChip[];
}

/** Lays out every configuration in one variant, with rows shared by all. */
export function layoutRingsAll(
  configs: readonly RingConfig[],
  variant: RingsVariant = 'wide',
): Map<string, RingsLayout> {
  const g = GEOMETRY[variant];
  // One unit of room at the right and the top, so that the columns' strokes are not cut off.
  const colWidth = (g.width - g.labelWidth - g.gap - 1) / 2;
  const colX = (i: number) => g.labelWidth + i * (colWidth + g.gap);
  const lineH = g.font * LINE;
  const headLines = configs.map((c) =>
    ringModes.map((m) =>
      wrapToWidth(ringModeLabel(m, c.hardwareAssist), colWidth - 2 * g.pad, g.headFont, true),
    ),
  );
  const header = Math.max(...headLines.flat().map((l) => l.length)) * g.headFont * LINE + 2 * g.pad;
  // Each cell: how many chips per line, and each chip's lines.
  const cells = configs.map((c) => {
    const byCell = new Map<string, typeof c.placements>();
    for (const p of c.placements)
      byCell.set(`${p.mode}:${p.ring}`, [...(byCell.get(`${p.mode}:${p.ring}`) ?? []), p]);
    return [...byCell].map(([k, list]) => {
      const [mode, ring] = k.split(':') as [RingMode, string];
      let perLine = list.length;
      const wrapAt = (n: number) =>
        list.map((p) => wrapToWidth(p.label, chipWidth(colWidth, n, g.pad) - 2 * g.pad, g.font));
      while (
        perLine > 1 &&
        wrapAt(perLine).some(
          (lines) =>
            lines.length > g.maxLines ||
            !fitsWidth(lines, chipWidth(colWidth, perLine, g.pad) - 2 * g.pad, g.font),
        )
      )
        perLine--;
      return { mode, ring: Number(ring), list, perLine, lines: wrapAt(perLine) };
    });
  });
  const chipH = Math.max(...cells.flat().flatMap((c) => c.lines.map((l) => l.length))) * lineH + 2 * g.pad;
  const rowsIn = (ring: number) =>
    Math.max(
      0,
      ...cells
        .flat()
        .filter((c) => c.ring === ring)
        .map((c) => Math.ceil(c.list.length / c.perLine)),
    );
  let y = header + 1;
  const rings = [3, 2, 1, 0].map((ring) => {
    const n = rowsIn(ring);
    const height = n ? n * chipH + (n + 1) * g.pad : g.emptyRow;
    const row = {
      ring,
      y: r(y),
      height: r(height),
      label: { text: `Ring ${ring}`, x: 6, y: r(y + height / 2 + 0.35 * g.labelFont) },
      line: ring ? r(y + height + g.gap / 2) : undefined,
    };
    y += height + g.gap;
    return row;
  });
  const height = r(y - g.gap + 1);
  const out = new Map<string, RingsLayout>();
  configs.forEach((c, ci) => {
    const chips = cells[ci]!.flatMap((cell) => {
      const row = rings.find((x) => x.ring === cell.ring)!;
      const x0 = colX(ringModes.indexOf(cell.mode));
      const w = chipWidth(colWidth, cell.perLine, g.pad);
      // A cell with fewer lines of chips than its row holds sits in the row's middle.
      const lines = Math.ceil(cell.list.length / cell.perLine);
      const offset = (row.height - lines * chipH - (lines + 1) * g.pad) / 2;
      return cell.list.map((p, i): RingChip => {
        const line = Math.floor(i / cell.perLine);
        const col = i % cell.perLine;
        const lines = cell.lines[i]!;
        const top = (chipH - lines.length * lineH) / 2 + lineH / 2 + 0.35 * g.font;
        return {
          key: p.key,
          mode: cell.mode,
          ring: cell.ring,
          x: r(x0 + g.pad + col * (w + g.pad)),
          y: r(row.y + offset + g.pad + line * (chipH + g.pad)),
          width: r(w),
          height: r(chipH),
          lines: lines.map((text, j) => ({ text, x: g.pad, y: r(top + j * lineH) })),
        };
      });
    });
    const columns = ringModes.map((mode, i) => ({
      mode,
      x: r(colX(i)),
      width: r(colWidth),
      label: headLines[ci]![i]!.map((text, j) => ({
        text,
        x: r(colX(i) + colWidth / 2),
        y: r(1 + g.pad + (j + 0.5) * g.headFont * LINE + 0.35 * g.headFont),
      })),
    }));
    out.set(c.id, { variant, width: g.width, height, columns, rings, chips });
  });
  return out;
}

/** Lays out one configuration on its own. */
export function layoutRings(config: RingConfig, variant: RingsVariant = 'wide'): RingsLayout {
  return layoutRingsAll([config], variant).get(config.id)!;
}

/** Every chip key used by any configuration, in first-seen order. */
export function ringKeys(configs: readonly RingConfig[]): string[] {
  return [...new Set(configs.flatMap((c) => c.placements.map((p) => p.key)))];
}

function chipWidth(colWidth: number, perLine: number, pad: number): number {
  return (colWidth - pad * (perLine + 1)) / perLine;
}

const r = (n: number) => Math.round(n * 10) / 10;
