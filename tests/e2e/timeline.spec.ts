import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { watchErrors, widgetsReady } from './site';

const PAGE = '/compare/timeline/';
const root = (page: Page) => page.locator('[data-diagram="timeline"]');
const panel = (page: Page, id: string) => root(page).locator(`.va-tl-panel[data-event="${id}"]`);

/** The periods and their key events, read from the data rather than pinned here. */
const periods = load(readFileSync('content/data/timeline-periods.yaml', 'utf8')) as {
  id: string;
  key: { event: string; label: string }[];
}[];
const timeline = load(readFileSync('content/data/timeline.yaml', 'utf8')) as { id: string; date: string }[];

/** The years the chart covers, as the page's range inputs say. */
async function domainOf(page: Page): Promise<[number, number]> {
  const from = root(page).locator('[data-range="from"]');
  return [Number(await from.getAttribute('min')), Number(await from.getAttribute('max'))];
}
const defaultState = ([first, last]: [number, number]) =>
  new RegExp(`^from=${first};to=${last};kinds=all;systems=all;event=none;shown=\\d+$`);

/** The id of the element that has the focus, or its tag; never the body after an activation. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return !el || el === document.body
      ? 'body'
      : el.dataset.event || el.dataset.select || el.className || el.tagName;
  });

/**
 * The chart as the browser drew it, in the SVG's units: the plot's edges, every visible marker and
 * every visible label, measured with getBBox() and mapped through the transforms that place them.
 */
async function measureChart(page: Page) {
  return root(page)
    .locator('svg.va-tl-svg')
    .evaluate((svg: SVGSVGElement) => {
      const toChart = (el: SVGGraphicsElement) => {
        const m = svg.getScreenCTM()!.inverse().multiply(el.getScreenCTM()!);
        const b = el.getBBox();
        const a = new DOMPoint(b.x, b.y).matrixTransform(m);
        const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
        return {
          x: Math.min(a.x, c.x),
          y: Math.min(a.y, c.y),
          width: Math.abs(c.x - a.x),
          height: Math.abs(c.y - a.y),
        };
      };
      const axis = svg.querySelector('.va-tl-axis > line')!;
      const top = Math.min(
        ...[...svg.querySelectorAll('.va-tl-lane rect')].map((r) => Number(r.getAttribute('y'))),
      );
      const events = [...svg.querySelectorAll<SVGGElement>('.va-tl-ev:not([data-out])')];
      return {
        plot: {
          left: Number(axis.getAttribute('x1')),
          right: Number(axis.getAttribute('x2')),
          top,
          bottom: Number(axis.getAttribute('y1')),
        },
        markers: events.map((g) => ({
          id: g.dataset.id!,
          name: g.getAttribute('aria-label') ?? '',
          box: toChart(g.querySelector('path')!),
        })),
        labels: events
          .filter((g) => g.querySelector('.va-tl-label:not([data-off])'))
          .map((g) => ({
            id: g.dataset.id!,
            text: g.querySelector('.va-tl-label')!.textContent!.trim(),
            box: toChart(g.querySelector<SVGTextElement>('.va-tl-label')!),
            leader: Boolean(g.querySelector('.va-tl-leader:not([data-off])')),
          })),
      };
    });
}

type Box = { x: number; y: number; width: number; height: number };
/** Whether two boxes overlap by more than half a unit (anti-aliasing and rounding). */
const overlap = (a: Box, b: Box) =>
  a.x + 0.5 < b.x + b.width &&
  b.x + 0.5 < a.x + a.width &&
  a.y + 0.5 < b.y + b.height &&
  b.y + 0.5 < a.y + a.height;

/** What a reader would see as wrong with the labels, in words. */
function labelProblems(chart: Awaited<ReturnType<typeof measureChart>>): string[] {
  const problems: string[] = [];
  const { plot, markers, labels } = chart;
  for (const l of labels) {
    const b = l.box;
    if (
      b.x < plot.left - 0.5 ||
      b.x + b.width > plot.right + 0.5 ||
      b.y < plot.top - 0.5 ||
      b.y + b.height > plot.bottom + 0.5
    )
      problems.push(`"${l.text}" runs outside the plot`);
    for (const o of labels)
      if (l.id < o.id && overlap(b, o.box)) problems.push(`"${l.text}" overlaps "${o.text}"`);
    for (const m of markers)
      if (m.id !== l.id && overlap(b, m.box)) problems.push(`"${l.text}" covers the marker of ${m.id}`);
    const own = markers.find((m) => m.id === l.id)!.box;
    const cx = own.x + own.width / 2;
    const cy = own.y + own.height / 2;
    const beside =
      Math.abs(b.y + b.height / 2 - cy) < 2 && (b.x - (own.x + own.width) < 6 || own.x - (b.x + b.width) < 6);
    const centred = Math.abs(b.x + b.width / 2 - cx) <= 7;
    if (!beside && !centred && !l.leader)
      problems.push(`"${l.text}" is away from its marker without a leader`);
  }
  return problems;
}

test('is complete with JavaScript off: chart with labels, and every event in a list by period', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = root(page).locator('svg.va-tl-svg');
  await expect(svg).toBeVisible();
  expect(await svg.locator('.va-tl-lane').count()).toBe(5);
  const markers = await svg.locator('.va-tl-ev').count();
  expect(markers).toBe(timeline.length);
  expect(await svg.locator('.va-tl-label:not([data-off])').count()).toBeGreaterThanOrEqual(
    periods.length * 3,
  );
  const items = root(page).locator('.va-tl-list > li');
  expect(await items.count()).toBe(markers);
  await expect(root(page).locator('.va-tl-period')).toHaveCount(periods.length);
  await expect(items.first()).toBeHidden();
  const first = root(page).locator('.va-tl-period').first();
  await first.locator('> summary').click();
  await expect(items.first()).toBeVisible();
  await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}/);
  await expect(items.first().locator('a[href*="/reference/bibliography/#"]').first()).toBeVisible();
  await expect(items.first().locator('a.va-tl-anchor')).toHaveAttribute('href', /^#event-/);
  await items.first().locator('.va-tl-evidence summary').click();
  await expect(items.first().locator('blockquote').first()).toBeVisible();
  await expect(root(page).locator('.va-tl-aside')).toBeHidden();
  await expect(root(page).locator('[data-select]').first()).toBeHidden();
  await expect(page.locator('a[href="/data/timeline.json"]')).toBeVisible();
  await context.close();
});

test('puts the figure first, then How to use, then the list', async ({ page }) => {
  await page.goto(PAGE);
  const order = await page.evaluate(() =>
    ['.va-date', '.va-tl-figure', 'details.va-howto', '#every-event'].map(
      (s) => document.querySelector(s)!.getBoundingClientRect().top + scrollY,
    ),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(page.locator('details.va-howto')).not.toHaveAttribute('open', '');
});

test.describe('labels, measured in Chromium', () => {
  test.use({ reducedMotion: 'reduce' });

  test('name the key events without overlapping, in every period; every marker keeps a name', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const r = root(page);
    await expect(r).toHaveAttribute('data-enhanced', '');
    const chart = await measureChart(page);
    expect(labelProblems(chart)).toEqual([]);
    // Each period's most important event is labelled in the view of all years.
    const shown = new Set(chart.labels.map((l) => l.id));
    for (const p of periods) expect(shown, p.id).toContain(p.key[0]!.event);
    for (const m of chart.markers) expect(m.name).toMatch(/^\S.*: \S/);
    const unlabelled = chart.markers.find((m) => !shown.has(m.id))!;
    await expect(r.getByRole('img', { name: unlabelled.name, exact: true })).toHaveCount(1);

    const buttons = r.locator('.va-tl-periods button');
    for (let i = 0; i < (await buttons.count()); i++) {
      await buttons.nth(i).click();
      await expect(buttons.nth(i)).toHaveAttribute('aria-pressed', 'true');
      const zoomed = await measureChart(page);
      expect(labelProblems(zoomed), (await buttons.nth(i).textContent()) ?? '').toEqual([]);
      expect(zoomed.labels.length).toBeGreaterThan(5);
      expect(await focused(page)).not.toBe('body');
    }
  });
});

test('shows the selected event beside the chart at 1280 px, in view, with its evidence', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  await r.locator('.va-tl-ev[data-id="kvm-merged"]').click();
  await expect(r).toHaveAttribute('data-state', /event=kvm-merged;/);
  const p = panel(page, 'kvm-merged');
  await expect(p).toBeVisible();
  await expect(p.locator('.va-tl-title')).toBeInViewport({ ratio: 1 });
  await expect(p.locator('.va-tl-title')).toContainText('KVM');
  await expect(p.locator('time')).toHaveText(/\d{4}$/);
  await expect(p.locator('blockquote').first()).toBeVisible();
  await expect(p.locator('figcaption a[href*="/reference/bibliography/#"]').first()).toBeVisible();
  const chart = (await r.locator('.va-tl-chart').boundingBox())!;
  const side = (await p.boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(chart.x + chart.width);
  expect(side.y).toBeLessThan(chart.y + chart.height);
  await expect(r.locator('.va-tl-panel:visible')).toHaveCount(1);
  expect(await focused(page)).not.toBe('body');
  expect(new URL(page.url()).searchParams.get('t-event')).toBe('kvm-merged');
  expect(errors).toEqual([]);
});

test('shows the selected event under the chart at 390 px, in view', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  await r.locator('.va-tl-chart').focus();
  await page.keyboard.press('End');
  const last = await r.locator('.va-tl-ev:not([data-out])').last().getAttribute('data-id');
  const p = panel(page, last!);
  await expect(p.locator('.va-tl-title')).toBeInViewport({ ratio: 1 });
  const chart = (await r.locator('.va-tl-chart').boundingBox())!;
  expect((await p.boundingBox())!.y).toBeGreaterThanOrEqual(chart.y + chart.height);
  expect(await focused(page)).toContain('va-tl-chart');
  await context.close();
});

test('works by keyboard: arrow keys on the chart, list buttons, with the focus kept', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  const ids = await r
    .locator('.va-tl-list > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!));

  await r.locator('.va-tl-chart').focus();
  await page.keyboard.press('Home');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${ids[0]};`));
  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${ids[1]};`));
  await expect(r.locator('[data-announce]')).toContainText('Selected:');
  await page.keyboard.press('End');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${ids.at(-1)};`));
  expect(await focused(page)).toContain('va-tl-chart');

  await r.locator('.va-tl-stepper button', { hasText: 'Earlier' }).focus();
  await page.keyboard.press('Enter');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${ids.at(-2)};`));
  expect(await focused(page)).toBe('BUTTON');

  // From far down the list, Show in chart brings the chart into view and reads the panel next.
  await r.locator('.va-tl-period').first().locator('> summary').click();
  const button = r.locator('.va-tl-list li[data-id="xen-sosp"] [data-select]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(r).toHaveAttribute('data-state', /event=xen-sosp;/);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => focused(page)).toBe('xen-sosp');
  await expect(panel(page, 'xen-sosp').locator('.va-tl-title')).toBeInViewport({ ratio: 1 });
  await expect(panel(page, 'xen-sosp')).toContainText('SOSP');

  await r.locator('.va-tl-periods button').first().focus();
  await page.keyboard.press('Enter');
  await expect(r).toHaveAttribute('data-state', /^from=\d{4};to=\d{4};/);
  expect(await focused(page)).not.toBe('body');
  expect(errors).toEqual([]);
});

test('zooms and filters, keeping data-state and the URL in step', async ({ page }) => {
  await page.goto(PAGE);
  await widgetsReady(page);
  const r = root(page);
  await expect(r).toHaveAttribute('data-state', defaultState(await domainOf(page)));
  const second = r.locator('.va-tl-periods button').nth(1);
  const [from, to] = [await second.getAttribute('data-from'), await second.getAttribute('data-to')];
  await second.click();
  await expect(r).toHaveAttribute('data-state', new RegExp(`^from=${from};to=${to};`));
  expect(new URL(page.url()).searchParams.get('t-from')).toBe(from);
  await r.locator('.va-tl-filters summary').click();
  const [first, last] = await domainOf(page);
  await r.locator('[data-range="from"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', new RegExp(`^from=${first + 1};to=${to};`));
  await r.locator('[data-range="to"]').focus();
  await page.keyboard.press('End');
  await expect(r).toHaveAttribute('data-state', new RegExp(`^from=${first + 1};to=${last};`));
  expect(await focused(page)).not.toBe('body');
  await r.locator('[data-kind-filter][value="merge"]').uncheck();
  await expect(r).toHaveAttribute('data-state', /kinds=research,release,company,hardware;/);
  await expect(r.locator('.va-tl-list li[data-kind="merge"]:not([hidden])')).toHaveCount(0);
  await page.reload();
  await expect(r).toHaveAttribute('data-state', /kinds=research,release,company,hardware;/);
  await r.getByRole('button', { name: 'Show everything' }).click();
  await expect(r).toHaveAttribute('data-state', defaultState(await domainOf(page)));
  expect(await focused(page)).not.toBe('body');
});

test('opens at #event-<id> with that event selected, and its links select it', async ({ page }) => {
  await page.goto(`${PAGE}#event-paravirt-ops-merged`);
  const r = root(page);
  await expect(r).toHaveAttribute('data-state', /event=paravirt-ops-merged;/);
  await expect(panel(page, 'paravirt-ops-merged').locator('.va-tl-title')).toBeInViewport({ ratio: 1 });

  // The browser opened the period holding the fragment's event; KVM's merge is in the same one.
  await expect(r.locator('.va-tl-period:has(#event-paravirt-ops-merged)')).toHaveAttribute('open', '');
  const link = r.locator('li#event-kvm-merged a.va-tl-anchor');
  await expect(link).toBeVisible();
  await link.click();
  await expect(r).toHaveAttribute('data-state', /event=kvm-merged;/);
  expect(new URL(page.url()).hash).toBe('#event-kvm-merged');
  await expect(panel(page, 'kvm-merged').locator('.va-tl-title')).toBeInViewport({ ratio: 1 });
  await expect.poll(() => focused(page)).toBe('kvm-merged');
});

test('at 11 December 2006: a labelled line at the date, later events dimmed and announced', async ({
  page,
}) => {
  await page.goto(`${PAGE}?at=2006-12-11`);
  const r = root(page);
  await expect(r).toHaveAttribute('data-at', '2006-12-11');
  const at = r.locator('.va-tl-at');
  await expect(at).toHaveAttribute('data-side', 'in');
  // A vertical line has no width, so Playwright would call it hidden: check it is drawn, between
  // the markers of an event before the date and one after it.
  await expect(at.locator('line')).not.toHaveCSS('display', 'none');
  const xOf = (l: Locator) =>
    l.evaluate((el) => {
      const g = el as SVGGraphicsElement;
      return g.ownerSVGElement!.getScreenCTM()!.inverse().multiply(g.getScreenCTM()!).e;
    });
  const lineX = Number(await at.locator('line').getAttribute('x1'));
  expect(lineX).toBeGreaterThan(await xOf(r.locator('.va-tl-ev[data-id="intel-vt-x"]')));
  expect(lineX).toBeLessThan(await xOf(r.locator('.va-tl-ev[data-id="linux-2-6-20"]')));
  await expect(at.locator('text')).toHaveText('As of 11 December 2006');
  // A partial date stands for its first day: "2006-12" is not after 11 December 2006.
  const later = timeline.filter((e) => `${e.date}-01-01`.slice(0, 10) > '2006-12-11').map((e) => e.id);
  await expect(r.locator('.va-tl-ev[data-after]')).toHaveCount(later.length);
  await expect(r.locator('.va-tl-ev[data-id="kvm-merged"]')).not.toHaveAttribute('data-after', '');
  const linux = r.locator('.va-tl-ev[data-id="linux-2-6-20"]');
  await expect(linux).toHaveAttribute('data-after', '');
  await expect(linux).toHaveAttribute('aria-label', /after the date shown$/);
  const fill = await linux.locator('path').evaluate((p) => getComputedStyle(p).fill);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(fill).toBe(bg);
  await expect(r.locator('li[data-id="linux-2-6-20"] [data-after-badge]')).not.toHaveAttribute('hidden', '');
  await expect(r.locator('li[data-id="kvm-merged"] [data-after-badge]')).toHaveAttribute('hidden', '');
  await expect(r.locator('[data-count]')).toContainText(`${later.length} of them after 11 December 2006`);

  await linux.click();
  await expect(panel(page, 'linux-2-6-20').locator('[data-after-badge]')).toBeVisible();
  await expect(r.locator('[data-announce]')).toContainText('after the date shown');

  await page.locator('.va-date a', { hasText: 'Today' }).click();
  await expect(r.locator('.va-tl-ev[data-after]')).toHaveCount(0);
  await expect(at.locator('text')).toHaveText('Today');
  expect(await focused(page)).not.toBe('body');
});

const junk = [
  't-from=1900&t-to=3000',
  't-from=2010&t-to=2005',
  't-kinds=merge,merge&t-systems=kvm,nonexistent',
  `t-event=${'x'.repeat(3000)}`,
  't-event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&t-kinds=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  't-from=%E0%A4%A&t-event=vm370&t-event=docker',
];
for (const query of junk) {
  test(`falls back to defaults on junk: ${query.slice(0, 60)}`, async ({ page }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${PAGE}?${query}`);
    const r = root(page);
    await expect(r).toHaveAttribute('data-enhanced', '');
    await expect(r.locator('.va-notice')).toContainText('default view');
    await expect(r).toHaveAttribute('data-state', defaultState(await domainOf(page)));
    expect(await r.innerHTML()).not.toContain('<script>alert');
    expect(await r.innerHTML()).not.toContain('onerror');
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('fits 360 px: the chart scrolls in its own box, not the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${PAGE}?at=2006-12-11&t-event=xen-sosp`);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  const box = root(page).locator('.va-tl-chart');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await context.close();
});

test('is no taller than about 6,000 px at 1280 px with the list closed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(6000);
});

test('turns its transitions off for reduced motion', async ({ browser }) => {
  const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(PAGE);
    const value = await root(page)
      .locator('.va-tl-ev')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    await context.close();
    return value;
  };
  expect(await duration('no-preference')).not.toMatch(/^0s(, 0s)*$/);
  expect(await duration('reduce')).toMatch(/^0s(, 0s)*$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe (WCAG 2.2 AA, contrast included) at a date with an event selected, ${theme}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    await page.goto(`${PAGE}?at=2006-12-11&t-event=linux-2-6-20`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await root(page).locator('.va-tl-period').nth(1).locator('> summary').click();
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    await context.close();
  });
}

test('exports every event as JSON with its evidence', async ({ request }) => {
  const res = await request.get('/data/timeline.json');
  expect(res.ok()).toBe(true);
  const { events } = (await res.json()) as {
    events: {
      id: string;
      date: string;
      sources: string[];
      evidence: { source: string; quote: string; locator: string }[];
    }[];
  };
  expect(events.length).toBe(timeline.length);
  for (const e of events) {
    expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(e.sources.length).toBeGreaterThan(0);
    expect(Array.isArray(e.evidence)).toBe(true);
    for (const q of e.evidence) {
      expect(e.sources).toContain(q.source);
      expect(q.quote.length).toBeGreaterThan(7);
      expect(q.locator.length).toBeGreaterThan(1);
    }
  }
  expect(events.filter((e) => e.evidence.length).length).toBeGreaterThan(events.length / 2);
  expect(events.map((e) => e.date.slice(0, 4))).toEqual([...events.map((e) => e.date.slice(0, 4))].sort());
});
