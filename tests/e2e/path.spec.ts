import { expect, test, type Page } from '@playwright/test';
import { watchErrors, widgetsReady } from './site';

/** The page that shows the tracer; every scenario and variant is reachable from it. */
const PAGE = '/concepts/io-virtualization/';
const root = (page: Page) => page.locator('[data-diagram="path"]');

/** What has the focus: the element's tag and its distinguishing attribute, or "body". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const attr = ['data-next', 'data-prev', 'data-now'].find((a) => el.hasAttribute(a));
    if (attr) return attr;
    if (el.matches('.va-path-figure')) return 'figure';
    if (el.matches('input')) return `radio:${(el as HTMLInputElement).value}`;
    return el.tagName.toLowerCase();
  });

test.describe('path tracer focus', () => {
  test('never drops focus when stepping by keyboard to either end and back', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    const tracer = root(page);
    await expect(tracer).toHaveAttribute('data-enhanced', '');
    const steps = await tracer.locator('.va-path-variant:not([hidden]) .va-path-steps li').count();

    await tracer.locator('[data-next]').focus();
    for (let k = 1; k < steps; k++) {
      await page.keyboard.press('Enter');
      await expect(tracer).toHaveAttribute('data-state', new RegExp(`step=${k}$`));
      // At the last step Next is disabled: focus moves to Previous, never to the page body.
      expect(await focused(page)).toBe(k === steps - 1 ? 'data-prev' : 'data-next');
    }
    for (let k = steps - 2; k >= 0; k--) {
      await page.keyboard.press('Space');
      await expect(tracer).toHaveAttribute('data-state', new RegExp(`step=${k}$`));
      expect(await focused(page)).toBe(k === 0 ? 'data-next' : 'data-prev');
    }
    // End and Home on a step button jump to the ends, and focus again lands on a live button.
    await page.keyboard.press('End');
    await expect(tracer).toHaveAttribute('data-state', new RegExp(`step=${steps - 1}$`));
    expect(await focused(page)).toBe('data-prev');
    await page.keyboard.press('Home');
    await expect(tracer).toHaveAttribute('data-state', /step=0$/);
    expect(await focused(page)).toBe('data-next');
    expect(errors).toEqual([]);
  });

  test('keeps focus on the drawing while arrow keys step, and on a radio while it picks', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const tracer = root(page);
    await expect(tracer).toHaveAttribute('data-enhanced', '');
    await tracer.locator('.va-path-variant:not([hidden]) .va-path-figure').focus();
    for (const [key, step] of [
      ['ArrowRight', 1],
      ['ArrowRight', 2],
      ['End', -1],
      ['ArrowLeft', -2],
      ['Home', 0],
    ] as const) {
      await page.keyboard.press(key);
      if (step >= 0) await expect(tracer).toHaveAttribute('data-state', new RegExp(`step=${step}$`));
      expect(await focused(page), key).toBe('figure');
    }

    // Radios: arrow keys change the system; focus follows the radio, and the step restarts.
    await tracer.locator('[data-via-for]:not([hidden]) input').first().focus();
    const before = await tracer.getAttribute('data-state');
    await page.keyboard.press('ArrowRight');
    await expect(tracer).not.toHaveAttribute('data-state', before!);
    expect(await focused(page)).toMatch(/^radio:/);
    await expect(tracer).toHaveAttribute('data-state', /step=0$/);

    // The scenario radios keep the chosen system where the new scenario has it.
    await tracer.locator('input[name$="-via-disk-write"][value="gvisor"]').check();
    await tracer.locator('input[name$="-scenario"][value="disk-write"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tracer).toHaveAttribute('data-state', 'scenario=interrupt;via=gvisor;step=0');
    expect(await focused(page)).toBe('radio:interrupt');
  });

  test('leaves Home and End to the page when focus is on a citation link in the steps', async ({ page }) => {
    await page.goto(PAGE);
    await widgetsReady(page);
    const tracer = root(page);
    await tracer.locator('[data-next]').click();
    await expect(tracer).toHaveAttribute('data-state', /step=1$/);
    await tracer.locator('.va-path-variant:not([hidden]) .va-path-steps a').first().focus();
    await page.keyboard.press('End');
    await expect(tracer).toHaveAttribute('data-state', /step=1$/);
  });
});

test('shows one sentence of help and a "How to use" disclosure after the figure', async ({ page }) => {
  await page.goto(PAGE);
  const tracer = root(page);
  const order = await tracer.evaluate((el) => {
    const figure = el.querySelector('.va-path-variant:not([hidden]) .va-path-figure')!;
    const help = el.querySelector('.va-path-help')!;
    const howto = el.querySelector('details.va-path-howto')!;
    const after = (a: Element, b: Element) =>
      !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { helpAfterFigure: after(figure, help), howtoAfterHelp: after(help, howto) };
  });
  expect(order).toEqual({ helpAfterFigure: true, howtoAfterHelp: true });
  await expect(tracer.locator('details.va-path-howto summary')).toHaveText('How to use');
});

test('falls back with a notice when the link names a system the scenario lacks', async ({ page }) => {
  await page.goto(`${PAGE}?path=syscall&path-via=kvm-virtio&path-step=3`);
  const tracer = root(page);
  await expect(tracer).toHaveAttribute('data-state', 'scenario=syscall;via=bare-metal;step=3');
  await expect(tracer.locator('.va-notice')).toContainText('default view');
});

/**
 * Walks every scenario, system and step in the browser and measures each label's real box
 * (getBBox) against the box it must stay inside and the lines and markers it must not touch.
 */
test('no label is clipped, spills out of its box or sits on a line, in any state', async ({ page }) => {
  await page.goto(PAGE);
  const tracer = root(page);
  await expect(tracer).toHaveAttribute('data-enhanced', '');
  const { problems, states } = await tracer.evaluate((el) => {
    type Rect = { x: number; y: number; width: number; height: number };
    const problems: string[] = [];
    const overlaps = (a: Rect, b: Rect) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const inside = (a: Rect, b: Rect) =>
      a.x >= b.x - 0.5 &&
      a.y >= b.y - 0.5 &&
      a.x + a.width <= b.x + b.width + 0.5 &&
      a.y + a.height <= b.y + b.height + 0.5;
    const num = (e: Element, a: string) => Number(e.getAttribute(a));
    const fmt = (r: Rect) =>
      `[${r.x.toFixed(1)}, ${r.y.toFixed(1)}, ${r.width.toFixed(1)} x ${r.height.toFixed(1)}]`;

    function measure(section: Element, where: string) {
      const svg = section.querySelector('svg')!;
      const [, , vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const view = { x: 0, y: 0, width: vw!, height: vh! };
      const markers = [...svg.querySelectorAll('.va-path-step circle')].map((c) => ({
        cx: num(c, 'cx'),
        cy: num(c, 'cy'),
        r: num(c, 'r'),
      }));
      const labelRight = Math.min(num(svg, 'data-label-width'), ...markers.map((m) => m.cx - m.r));
      const lines = [...svg.querySelectorAll<SVGPathElement>('.va-path-seg path')];
      const texts: { name: string; box: Rect }[] = [];

      for (const lane of svg.querySelectorAll('.va-path-lane')) {
        const rect = lane.querySelector('rect')!;
        const text = lane.querySelector('text')!;
        const box = text.getBBox();
        const name = `lane label "${text.textContent!.trim()}"`;
        const shown = [...text.querySelectorAll('tspan')].map((t) => t.textContent!.trim()).join(' ');
        if (shown !== lane.getAttribute('data-label'))
          problems.push(`${where}: ${name} shows "${shown}" of "${lane.getAttribute('data-label')}"`);
        const band = { x: 0, y: num(rect, 'y'), width: labelRight, height: num(rect, 'height') };
        if (!inside(box, band))
          problems.push(`${where}: ${name} ${fmt(box)} is outside its box ${fmt(band)}`);
        texts.push({ name, box });
      }
      for (const seg of svg.querySelectorAll('.va-path-seg')) {
        const text = seg.querySelector('text');
        if (!text) continue;
        const box = text.getBBox();
        const name = `via label "${text.textContent!.trim()}"${seg.classList.contains('is-current') ? ' (current)' : ''}`;
        if (!inside(box, view)) problems.push(`${where}: ${name} ${fmt(box)} spills out of the drawing`);
        for (const line of lines) {
          const half = parseFloat(getComputedStyle(line).strokeWidth) / 2;
          const hit = {
            x: box.x - half,
            y: box.y - half,
            width: box.width + 2 * half,
            height: box.height + 2 * half,
          };
          const length = line.getTotalLength();
          for (let d = 0; d <= length; d += 1) {
            const p = line.getPointAtLength(d);
            if (p.x > hit.x && p.x < hit.x + hit.width && p.y > hit.y && p.y < hit.y + hit.height) {
              problems.push(
                `${where}: ${name} ${fmt(box)} sits on the line of step ${line.parentElement!.dataset.step}`,
              );
              break;
            }
          }
        }
        for (const m of markers) {
          const dx = Math.max(box.x - m.cx, 0, m.cx - box.x - box.width);
          const dy = Math.max(box.y - m.cy, 0, m.cy - box.y - box.height);
          if (Math.hypot(dx, dy) < m.r + 1) problems.push(`${where}: ${name} touches a step marker`);
        }
        texts.push({ name, box });
      }
      for (const step of svg.querySelectorAll('.va-path-step')) {
        const c = step.querySelector('circle')!;
        const box = step.querySelector('text')!.getBBox();
        const disc = {
          x: num(c, 'cx') - num(c, 'r'),
          y: num(c, 'cy') - num(c, 'r'),
          width: 2 * num(c, 'r'),
          height: 2 * num(c, 'r'),
        };
        if (!inside(box, disc))
          problems.push(`${where}: step number ${step.textContent!.trim()} spills out of its marker`);
      }
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          if (overlaps(a.box, b.box)) problems.push(`${where}: ${a.name} overlaps ${b.name}`);
        }),
      );
    }

    let states = 0;
    for (const scenario of el.querySelectorAll<HTMLInputElement>('input[name$="-scenario"]')) {
      scenario.click();
      for (const system of el.querySelectorAll<HTMLInputElement>(
        `[data-via-for="${scenario.value}"] input`,
      )) {
        system.click();
        const section = el.querySelector('.va-path-variant:not([hidden])')!;
        const count = section.querySelectorAll('.va-path-steps li').length;
        for (let k = 0; k < count; k++) {
          if (k) el.querySelector<HTMLButtonElement>('[data-next]')!.click();
          const state = el.getAttribute('data-state')!;
          if (!state.endsWith(`via=${system.value};step=${k}`)) problems.push(`could not reach ${state}`);
          measure(section, `${scenario.value} / ${system.value} / step ${k + 1}`);
          states++;
        }
      }
    }
    return { problems, states };
  });
  expect(states).toBeGreaterThan(150);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('without JavaScript, every system of every scenario shows its drawing and its list of steps', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const sections = root(page).locator('.va-path-variant');
  const count = await sections.count();
  // One section per system radio, all in the HTML; four scenarios of at least four systems each.
  expect(count).toBe(await root(page).locator('[data-via-for] input').count());
  expect(count).toBeGreaterThanOrEqual(16);
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await expect(section.locator('svg')).toBeVisible();
    expect(await section.locator('.va-path-steps li').count()).toBeGreaterThan(1);
  }
  await expect(root(page).locator('[data-next]')).toBeHidden();
  await context.close();
});

test('the longest path scrolls inside its own box at 360 px, never the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${PAGE}?path-via=kata-containers`);
  await expect(root(page)).toHaveAttribute('data-state', /via=kata-containers/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await context.close();
});

test('reduced motion turns the path transitions off', async ({ browser }) => {
  const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(PAGE);
    const value = await root(page)
      .locator('.va-path-variant:not([hidden]) .va-path-seg path')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    await context.close();
    return value;
  };
  expect(await duration('no-preference')).not.toMatch(/^0s(, 0s)*$/);
  expect(await duration('reduce')).toMatch(/^0s(, 0s)*$/);
});
