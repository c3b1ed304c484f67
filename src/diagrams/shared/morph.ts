/** The geometry of one keyed box in a morphing drawing. */
export interface MorphBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Moves every keyed `<g data-key>` of `svg` to its box, hides those without one, and rewrites
 * their label lines. Geometry goes through CSSOM (style.transform, style.width) so that CSS
 * transitions animate it and no inline style attribute needs a CSP allowance.
 */
export function morphBoxes(
  svg: Element,
  boxes: readonly MorphBox[],
  selector: string,
): Map<string, SVGGElement> {
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const nodes = new Map<string, SVGGElement>();
  for (const g of svg.querySelectorAll<SVGGElement>(selector)) {
    const b = byKey.get(g.dataset.key!);
    nodes.set(g.dataset.key!, g);
    if (!b) {
      g.dataset.hidden = 'true';
      continue;
    }
    delete g.dataset.hidden;
    g.style.transform = `translate(${b.x}px, ${b.y}px)`;
    const rect = g.querySelector('rect')!;
    rect.style.width = `${b.width}px`;
    rect.style.height = `${b.height}px`;
    const text = g.querySelector('text')!;
    text.setAttribute('y', String(b.height / 2));
    const x = text.getAttribute('x') ?? '8';
    text.replaceChildren(
      ...b.lines.map((line, i) => {
        const t = document.createElementNS(SVG_NS, 'tspan');
        t.setAttribute('x', x);
        t.setAttribute('dy', i === 0 ? `${0.35 - (b.lines.length - 1) * 0.55}em` : '1.1em');
        t.textContent = line;
        return t;
      }),
    );
  }
  return nodes;
}
