/**
 * The path tracer's label sizes and two-line wrapping. Widths come from the site's one estimate
 * (shared/measure.ts, which errs wide); the e2e test measures the real boxes in Chromium.
 */
import { textWidth } from '../shared/measure';

/** Font sizes (px) of the drawing's labels; path.css sets the same sizes. */
export const LANE_FONT = 11.5;
export const VIA_FONT = 10.5;

/** A line's box as fractions of the font size: ascent above and descent below the baseline. */
export const ASCENT = 0.95;
export const DESCENT = 0.25;
/** Baseline-to-baseline distance of a wrapped label, as a fraction of the font size. */
export const LINE_HEIGHT = 1.2;

/** A label's width, estimated as every layout of the site estimates it (shared/measure.ts). */
export { textWidth };

/** Height (px) of a block of `lines` lines at `fontSize`. */
export function blockHeight(lines: number, fontSize: number): number {
  return (lines - 1) * LINE_HEIGHT * fontSize + (ASCENT + DESCENT) * fontSize;
}

/**
 * Sets `label` on one line if it fits `maxWidth`, else on two lines split at the word break that
 * balances them best. Throws, naming the label, when two lines are not enough: a label that long
 * must be shortened in the data, not clipped in the drawing.
 */
export function wrapTwoLines(label: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= maxWidth) return [label];
  const words = label.split(/\s+/);
  let best: { lines: string[]; widest: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (widest <= maxWidth && (!best || widest < best.widest)) best = { lines, widest };
  }
  if (!best)
    throw new Error(
      `Label "${label}" does not fit two lines of ${Math.floor(maxWidth)}px at ${fontSize}px; shorten it`,
    );
  return best.lines;
}
