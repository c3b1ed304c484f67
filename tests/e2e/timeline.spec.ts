import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/timeline/';
const DEFAULT = /^from=1972;to=2025;kinds=all;systems=all;event=none;shown=\d+$/;
const root = (page: Page) => page.locator('[data-diagram="timeline"]');

test('is drawn in the HTML with JavaScript off: chart, legend lanes and the full list', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = root(page).locator('svg.va-tl-svg');
  await expect(svg).toBeVisible();
  expect(await svg.locator('.va-tl-lane').count()).toBe(5);
  const markers = await svg.locator('.va-tl-ev').count();
  expect(markers).toBeGreaterThan(10);
  const items = root(page).locator('.va-tl-list > li');
  expect(await items.count()).toBe(markers);
  await expect(items.first()).toBeVisible();
  await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}/);
  await expect(items.first().locator('a[href*="/reference/bibliography/#"]').first()).toBeVisible();
  await expect(root(page).locator('.va-tl-datenote').first()).toBeVisible();
  await expect(root(page).locator('[data-select]').first()).toBeHidden();
  await expect(page.locator('a[href="/data/timeline.json"]')).toBeVisible();
  await context.close();
});

test('zooms, filters and selects by mouse, with the state in data-state and the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');
  await expect(r).toHaveAttribute('data-state', DEFAULT);

  await r.getByRole('button', { name: '2003–2008' }).click();
  await expect(r).toHaveAttribute('data-state', /^from=2003;to=2008;/);
  expect(new URL(page.url()).searchParams.get('t-from')).toBe('2003');
  await expect(r.locator('.va-tl-list li[data-id="vm370"]')).toBeHidden();

  await r.locator('summary').click();
  await r.locator('[data-kind-filter][value="merge"]').uncheck();
  await expect(r).toHaveAttribute('data-state', /kinds=research,release,company,hardware;/);
  await expect(r.locator('.va-tl-list li[data-kind="merge"]:not([hidden])')).toHaveCount(0);
  await r.locator('[data-system-filter][value="kvm"]').uncheck();
  await expect(r).toHaveAttribute('data-state', /systems=(?!all)/);

  const marker = r.locator('.va-tl-ev:not([data-out])').first();
  const id = await marker.getAttribute('data-id');
  await marker.dispatchEvent('click');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${id};`));
  await expect(r.locator('[data-detail] .va-tl-title')).toHaveText(
    (await r.locator(`.va-tl-list li[data-id="${id}"] .va-tl-title`).textContent())!,
  );
  await expect(r.locator('[data-detail] a[href*="/reference/bibliography/#"]').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('t-event')).toBe(id);

  await page.reload();
  await expect(r).toHaveAttribute(
    'data-state',
    new RegExp(`^from=2003;to=2008;kinds=research,release,company,hardware;systems=.*;event=${id};`),
  );
  await r.getByRole('button', { name: 'Show everything' }).click();
  await expect(r).toHaveAttribute(
    'data-state',
    new RegExp(`^from=1972;to=2025;kinds=all;systems=all;event=${id};`),
  );
  expect(errors).toEqual([]);
});

test('works by keyboard: range input, list button, and arrow keys on the chart', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const r = root(page);
  await expect(r).toHaveAttribute('data-enhanced', '');

  await r.locator('[data-range="from"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', /^from=1973;to=2025;/);
  await page.keyboard.press('Home');
  await expect(r).toHaveAttribute('data-state', /^from=1972;/);

  const button = r.locator('.va-tl-list li[data-id="xen-sosp"] [data-select]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(r).toHaveAttribute('data-state', /event=xen-sosp;/);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(r.locator('[data-detail]')).toContainText('SOSP');

  await r.locator('.va-tl-chart').focus();
  await page.keyboard.press('Home');
  await expect(r).toHaveAttribute('data-state', /event=vm370;/);
  await page.keyboard.press('ArrowRight');
  await expect(r).toHaveAttribute('data-state', /event=(?!vm370;)[a-z0-9-]+;/);
  await page.keyboard.press('End');
  const last = await r.locator('.va-tl-list > li').last().getAttribute('data-id');
  await expect(r).toHaveAttribute('data-state', new RegExp(`event=${last};`));
  expect(errors).toEqual([]);
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
    await expect(r).toHaveAttribute('data-state', DEFAULT);
    expect(await r.innerHTML()).not.toContain('<script>alert');
    expect(await r.innerHTML()).not.toContain('onerror');
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('fits 360 px: the chart scrolls in its own box, not the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  const box = root(page).locator('.va-tl-chart');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await context.close();
});

test('exports every event as JSON', async ({ request }) => {
  const res = await request.get('/data/timeline.json');
  expect(res.ok()).toBe(true);
  const { events } = (await res.json()) as {
    events: { id: string; date: string; kind: string; sources: string[] }[];
  };
  expect(events.length).toBeGreaterThan(10);
  for (const e of events) {
    expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(e.sources.length).toBeGreaterThan(0);
  }
  expect(events.map((e) => e.date.slice(0, 4))).toEqual([...events.map((e) => e.date.slice(0, 4))].sort());
});
