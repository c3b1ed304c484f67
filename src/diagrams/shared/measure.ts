/**
 * Text widths for laying out SVG labels at build time. SVG text does not wrap and the build has no
 * DOM to measure with, so layouts estimate from Arial's advance widths (the metrics of Helvetica
 * and Liberation Sans, and close to Segoe UI and Roboto), times a margin for the wider system fonts
 * (San Francisco, DejaVu Sans). tests/e2e/labels.spec.ts checks the result in a real browser.
 */

/** Advance widths in thousandths of an em of ASCII 32-126, regular and bold (Arial's metrics). */
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** How much wider than Arial a reader's font may set the same text. */
export const FONT_MARGIN = 1.1;

/** The estimated width of `text` set at `size` px, margin included. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Outside ASCII (dashes, accented letters): a wide letter's width, to stay on the safe side.
    units += code >= 32 && code <= 126 ? table[code - 32]! : code === 0x2014 ? 1000 : 667;
  }
  return (units / 1000) * size * FONT_MARGIN;
}

/**
 * Breaks a label into lines no wider than `width` at `size` px, at spaces, and after a hyphen or
 * slash inside a word that alone is too wide. A word that still does not fit keeps its own line
 * (and `fitsWidth` reports it). The lines are balanced: as many as the greedy break needs, each as
 * even as it can be, and a final parenthesis starts a line where that costs no extra line
 * ("VMX non-root / (guest mode)", not "VMX non-root (guest / mode)").
 */
export function wrapToWidth(label: string, width: number, size: number, bold = false): string[] {
  const lines = balancedLines(label, width, size, bold);
  // A closing parenthesis that needs lines of its own starts one: "QEMU / (one per guest)".
  const paren = /^(.+?) (\([^()]+\))$/.exec(label);
  if (!paren || lines.length < 2) return lines;
  const split = [
    ...balancedLines(paren[1]!, width, size, bold),
    ...balancedLines(paren[2]!, width, size, bold),
  ];
  return split.length <= lines.length ? split : lines;
}

function balancedLines(label: string, width: number, size: number, bold: boolean): string[] {
  const fits = (s: string, w: number) => textWidth(s, size, bold) <= w;
  const words = label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (fits(w, width) ? [w] : splitWord(w)));
  const greedy = (w: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      // A piece split off a word (`kvm-`) joins the next without a space.
      const next = !line
        ? word
        : line.endsWith('-') || line.endsWith('/')
          ? `${line}${word}`
          : `${line} ${word}`;
      if (line && !fits(next, w)) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  const lines = greedy(width);
  if (lines.length < 2) return lines;
  // The narrowest width that still needs no more lines, found by halving.
  let [lo, hi] = [0, width];
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    const trial = greedy(mid);
    if (trial.length <= lines.length && trial.every((l) => fits(l, width))) hi = mid;
    else lo = mid;
  }
  return greedy(hi);
}

/** Whether every line fits `width` at `size` px. */
export function fitsWidth(lines: readonly string[], width: number, size: number, bold = false): boolean {
  return lines.every((l) => textWidth(l, size, bold) <= width);
}

function splitWord(word: string): string[] {
  return word.split(/(?<=[-/])/).filter(Boolean);
}
