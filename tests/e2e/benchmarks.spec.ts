import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

const path = '/compare/benchmarks/';
const root = '[data-diagram="benchmarks"]';

/** The ids of the result sets, in page order, and the default (first) one. */
async function setIds(page: Page): Promise<string[]> {
  return page
    .locator(`${root} .va-bench-set`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.set!));
}

test('shows every result set, chart, caption and table without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  const sets = page.locator(`${root} .va-bench-set`);
  expect(await sets.count()).toBeGreaterThanOrEqual(2);
  for (const set of await sets.all()) {
    await expect(set).toBeVisible();
    await expect(set.locator('.va-bench-chart[data-scale="abs"] svg[role="img"]')).toBeVisible();
    await expect(set.locator('svg title').first()).not.toBeEmpty();
    await expect(set.locator('figcaption')).toContainText('Year:');
    await expect(set.locator('figcaption')).toContainText('Source:');
    expect(await set.locator('table td[data-key]').count()).toBeGreaterThan(0);
    await expect(set.locator('table')).toBeVisible();
  }
  await expect(page.locator(`${root} .va-controls`)).toBeHidden();
  await expect(page.locator(root)).toHaveAttribute('data-state', 'set=all;scale=abs;bar=none');
  await context.close();
});

test('by mouse: radios choose the set and the scale, and a hovered bar is read out', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(path);
  const widget = page.locator(root);
  const [first, second] = await setIds(page);
  await expect(widget).toHaveAttribute('data-state', `set=${first};scale=abs;bar=none`);
  await expect(page.locator(`${root} .va-bench-set[data-set="${second}"]`)).toBeHidden();

  await page.locator(`${root} input[name="va-bench-set"][value="${second}"]`).click();
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=abs;bar=none`);
  await expect(page.locator(`${root} .va-bench-set[data-set="${second}"]`)).toBeVisible();
  await expect(page.locator(`${root} .va-bench-set[data-set="${first}"]`)).toBeHidden();
  expect(page.url()).toContain(`b-set=${second}`);

  await page.locator(`${root} input[name="va-bench-scale"][value="rel"]`).click();
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=rel;bar=none`);
  const active = page.locator(`${root} .va-bench-set[data-set="${second}"]`);
  await expect(active.locator('.va-bench-chart[data-scale="rel"]')).toBeVisible();
  await expect(active.locator('.va-bench-chart[data-scale="abs"]')).toBeHidden();

  await active.locator('.va-bench-chart[data-scale="rel"] .va-bench-bar rect').nth(1).hover();
  await expect(widget).toHaveAttribute(
    'data-state',
    new RegExp(`^set=${second};scale=rel;bar=\\d+-[a-z0-9-]+$`),
  );
  await expect(active.locator('.va-bench-readout')).toContainText(':');
  await expect(active.locator('td.is-active')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('by keyboard: arrows change the set, Tab and arrows walk the table and read values out', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(path);
  const widget = page.locator(root);
  const [first, second] = await setIds(page);
  await page.locator(`${root} input[name="va-bench-set"][value="${first}"]`).focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=abs;bar=none`);

  const active = page.locator(`${root} .va-bench-set[data-set="${second}"]`);
  const firstCell = active.locator('td[data-key]').first();
  await firstCell.focus();
  const key = await firstCell.getAttribute('data-key');
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=abs;bar=${key}`);
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
  expect(next).not.toBe(key);
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=abs;bar=${next}`);
  await expect(
    active.locator(`.va-bench-chart[data-scale="abs"] .va-bench-bar[data-key="${next}"]`),
  ).toHaveClass(/is-active/);
  await page.keyboard.press('ArrowDown');
  await expect(widget).not.toHaveAttribute('data-state', new RegExp(`bar=${next}$`));
  expect(errors).toEqual([]);
});

test('reads its state back from the URL', async ({ page }) => {
  await page.goto(path);
  const [, second] = await setIds(page);
  await page.goto(`${path}?b-set=${second}&b-scale=rel`);
  await expect(page.locator(root)).toHaveAttribute('data-state', `set=${second};scale=rel;bar=none`);
  await expect(page.locator(`${root} input[name="va-bench-scale"][value="rel"]`)).toBeChecked();
  await expect(page.locator(`${root} .va-notice`)).toBeEmpty();
});

const junk = [
  '?b-set=no-such-set',
  '?b-set=xen-ttcp&b-set=bt-vs-vtx',
  `?b-set=${'x'.repeat(500)}`,
  '?b-scale=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?b-set=%E0%A4%A',
  '?b-scale=%',
  '?b-scale=rel&b-scale=abs',
];

for (const query of junk) {
  test(`falls back to the defaults on ${query.slice(0, 40)}`, async ({ page }) => {
    const errors = watchErrors(page);
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${path}${query}`);
    const widget = page.locator(root);
    const first = await widget.getAttribute('data-default');
    await expect(widget).toHaveAttribute('data-state', `set=${first};scale=abs;bar=none`);
    await expect(page.locator(`${root} .va-notice`)).not.toBeEmpty();
    expect(await page.locator(`${root} .va-notice`).evaluate((n) => n.children.length)).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a set chosen before the scripts arrive is kept when the widget starts', async ({ page }) => {
  // Hold every script back until the reader has chosen: the widget's script loads after the page.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(path);
  const widget = page.locator(root);
  const [first, second] = await setIds(page);
  await page.locator(`${root} input[name="va-bench-set"][value="${first}"]`).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`${root} input[name="va-bench-set"][value="${second}"]`)).toBeChecked();
  await expect(widget).not.toHaveAttribute('data-enhanced', '');
  release();
  await expect(widget).toHaveAttribute('data-enhanced', '');
  await expect(widget).toHaveAttribute('data-state', `set=${second};scale=abs;bar=none`);
  await expect(page.locator(`${root} input[name="va-bench-set"][value="${second}"]`)).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`[?&]b-set=${second}(&|$)`));
});
