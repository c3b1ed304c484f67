import { expect, test } from '@playwright/test';
import { labelledDiagrams } from './diagram-states';

/**
 * Every label of every state of the diagrams in `labelledDiagrams` fits, as Chromium draws it:
 * each `<text>` lies inside its box (the `<rect>` of its own group) with padding, overlaps no other
 * box (one that does not hold its own), crosses no line, and overlaps no other label. Run at a
 * desktop and at a phone width, since the diagrams change their drawing with the width they get.
 */

/** The least room, in the drawing's own units, between a label and the edges of its box. */
const PAD = { x: 2, y: 1 };
const viewports = [
  { name: '1280 px', width: 1280, height: 900 },
  { name: '390 px', width: 390, height: 844 },
];

/** Measures every visible label in the diagram; returns one sentence per problem. */
function measureLabels(root: Element, pad: typeof PAD): string[] {
  type Box = { x: number; y: number; w: number; h: number };
  const boxOf = (el: SVGGraphicsElement, grow = 0): Box => {
    const b = el.getBBox();
    const m = el.getCTM()!;
    const x = [b.x, b.x + b.width].map((v) => m.a * v + m.e);
    const y = [b.y, b.y + b.height].map((v) => m.d * v + m.f);
    return {
      x: Math.min(...x) - grow,
      y: Math.min(...y) - grow,
      w: Math.abs(x[1]! - x[0]!) + 2 * grow,
      h: Math.abs(y[1]! - y[0]!) + 2 * grow,
    };
  };
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
  const holds = (outer: Box, inner: Box) =>
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.w <= outer.x + outer.w + 0.5 &&
    inner.y + inner.h <= outer.y + outer.h + 0.5;
  const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const problems: string[] = [];
  for (const svg of root.querySelectorAll('svg')) {
    if (!seen(svg)) continue;
    const vb = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / vb.width;
    const rects = [...svg.querySelectorAll('rect')].filter(seen).map((r) => ({ el: r, box: boxOf(r) }));
    const lines = [...svg.querySelectorAll('line, path')]
      .filter(seen)
      .map((l) => boxOf(l as SVGGraphicsElement, 0.5));
    const texts = [...svg.querySelectorAll('text')].filter((t) => seen(t) && t.textContent!.trim());
    const placed = texts.map((t) => ({
      t,
      box: boxOf(t),
      name: `"${[...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent!.trim()}"`,
    }));
    for (const { t, box, name } of placed) {
      const own = rects.find((r) => r.el.parentElement === t.parentElement);
      if (!own) {
        problems.push(`${name} has no box of its own`);
        continue;
      }
      const o = own.box;
      const room = {
        left: box.x - o.x,
        right: o.x + o.w - (box.x + box.w),
        top: box.y - o.y,
        bottom: o.y + o.h - (box.y + box.h),
      };
      for (const [side, px] of Object.entries(room)) {
        const need = (side === 'left' || side === 'right' ? pad.x : pad.y) * scale;
        if (px < need)
          problems.push(
            `${name} is ${(need - px).toFixed(1)} px too close to or past the ${side} edge of its box`,
          );
      }
      for (const r of rects)
        if (r !== own && !holds(r.box, o) && overlap(r.box, box))
          problems.push(
            `${name} overlaps another box (${r.el.parentElement?.getAttribute('class') ?? 'rect'} ${r.el.parentElement?.getAttribute('data-key') ?? ''})`.trim(),
          );
      for (const l of lines) if (overlap(l, box)) problems.push(`${name} crosses a line`);
      for (const other of placed)
        if (
          other.t !== t &&
          overlap(other.box, box) &&
          other.t.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING
        )
          problems.push(`${name} overlaps the label ${other.name}`);
    }
  }
  return problems;
}

for (const d of labelledDiagrams) {
  for (const vp of viewports) {
    test(`${d.name}: every label fits its box in every state at ${vp.name}`, async ({ browser }) => {
      test.setTimeout(3 * 60_000);
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      await page.goto(d.page);
      const states = await d.states(page);
      expect(states.length).toBeGreaterThan(1);
      const problems: string[] = [];
      for (const s of states) {
        await page.goto(d.page + s.query);
        const root = page.locator(`[data-diagram="${d.name}"]`).first();
        await expect(root).toHaveAttribute('data-enhanced', '');
        // Fonts and the container queries must have settled before anything is measured.
        await page.evaluate(() => document.fonts.ready);
        const found = await root.evaluate(measureLabels, PAD);
        problems.push(...found.map((p) => `${d.name}, ${s.label}, ${vp.name}: ${p}`));
      }
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}
