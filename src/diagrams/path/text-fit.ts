/**
 * How wide a label will be, estimated without a DOM. SVG text does not wrap and the layout runs at
 * build time, so it measures with per-character widths that err on the wide side: those of Noto
 * Sans, the widest face in the site's system font stack (Starlight's: Segoe UI, Roboto, Helvetica
 * Neue, Noto Sans, Arial). The others set the same text narrower. The e2e test measures the real
 * boxes in Chromium.
 */

/** Font sizes (px) of the drawing's labels; path.css sets the same sizes. */
export const LANE_FONT = 11.5;
export const VIA_FONT = 10.5;

/** A line's box as fractions of the font size: ascent above and descent below the baseline. */
export const ASCENT = 0.95;
export const DESCENT = 0.25;
/** Baseline-to-baseline distance of a wrapped label, as a fraction of the font size. */
export const LINE_HEIGHT = 1.2;

const NARROW = new Set([..."ijl|!'.,:;"]);
const SEMI = new Set([...'ftrI()[]-/ ']);
const WIDE = new Set([...'mwMW']);

/** Width of one character, in ems: at least Noto Sans's for its class of letters. */
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.28;
  if (SEMI.has(c)) return 0.4;
  if (WIDE.has(c)) return 0.95;
  if (c >= 'A' && c <= 'Z') return 0.74;
  return 0.62;
}

/** Estimated width (px) of `text` set at `fontSize`; bold text runs about 10 percent wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c);
  return ems * fontSize * (bold ? 1.1 : 1);
}

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
