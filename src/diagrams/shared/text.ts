/**
 * Breaks a label into lines that fit a width, by an average glyph width. SVG text does not wrap,
 * and measuring needs a DOM, so the layout estimates; labels are short enough for that to hold.
 */
export function wrapLabel(label: string, width: number, charWidth = 7): string[] {
  const max = Math.max(4, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > max && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
