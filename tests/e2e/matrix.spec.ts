import { expect, test, type Page } from '@playwright/test';
import { readData, scrollBoxes, todayIso, watchErrors } from './site';

const PAGE = '/compare/matrix/';
const root = (page: Page) => page.locator('[data-diagram="matrix"]');
const visibleRows = (page: Page) => root(page).locator('tr[data-row]:visible');
const shownColumns = (page: Page) =>
  root(page)
    .locator('thead th[data-system]:visible')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.system));
/** The status of every cell, by `<dimension>.<system>`, as the page shows it. */
const statuses = (page: Page) =>
  root(page)
    .locator('tr[data-row] > td[data-system]')
    .evaluateAll((tds) =>
      Object.fromEntries(
        tds.map((td) => [
          `${(td.parentElement as HTMLElement).dataset.row}.${(td as HTMLElement).dataset.system}`,
          (td as HTMLElement).dataset.status,
        ]),
      ),
    );

interface ColumnSet {
  id: string;
  systems: string[];
  defaultFrom?: string;
}

test.describe('comparison matrix', () => {
  test('is a complete table with JavaScript off: every system, row, status word and source link', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const table = root(page).locator('table');
    await expect(table).toBeVisible();
    await expect(root(page).locator('[data-enhanced-only]').first()).toBeHidden();
    const dims = await readData<unknown[]>('dimensions.yaml');
    const sets = await readData<ColumnSet[]>('column-sets.yaml');
    const all = sets.find((s) => s.id === 'all')!.systems;
    expect(await shownColumns(page)).toEqual(all);
    await expect(table.locator('tr[data-row]')).toHaveCount(dims.length);
    const cell = table.locator('tr[data-row="virtualization-approach"] td[data-system="xen"]');
    await expect(cell.locator('a').first()).toHaveText('Yes');
    await expect(cell.locator('a').first()).toHaveAttribute(
      'href',
      'evidence/approach/#virtualization-approach.xen',
    );
    await context.close();
  });

  test("shows today's default systems, and each view's date in data-at", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await expect(root(page)).toHaveAttribute('data-at', todayIso());
    const sets = await readData<ColumnSet[]>('column-sets.yaml');
    const today = sets
      .filter((s) => s.defaultFrom)
      .sort((a, b) => b.defaultFrom!.localeCompare(a.defaultFrom!))[0]!;
    expect(await shownColumns(page)).toEqual(today.systems);
    await expect(root(page).locator('caption')).toContainText(`${today.systems.length} of`);
    expect(errors).toEqual([]);
  });

  test('shows the atlas at another date: at least 30 cells differ between mid-2006 and today', async ({
    page,
  }) => {
    await page.goto(`${PAGE}?at=2006-06`);
    await expect(root(page)).toHaveAttribute('data-at', '2006-06');
    const then = await statuses(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-at', todayIso());
    const now = await statuses(page);
    const differ = Object.keys(now).filter((k) => now[k] !== then[k]);
    expect(differ.length).toBeGreaterThanOrEqual(30);
    // Systems not yet released in mid-2006 say so in their header.
    await page.goto(`${PAGE}?at=2006-06&m-set=all`);
    await expect(root(page).locator('thead th[data-system="firecracker"]')).toContainText('Not yet');
  });

  test("lguest's upstream cell differs between 2008 and 2020", async ({ page }) => {
    const cell = root(page).locator('tr[data-row="upstream-status"] td[data-system="lguest"]');
    await page.goto(`${PAGE}?at=2008&m-set=all`);
    await expect(root(page)).toHaveAttribute('data-at', '2008');
    const in2008 = [await cell.getAttribute('data-status'), await cell.locator('span').textContent()];
    await page.goto(`${PAGE}?at=2020&m-set=all`);
    await expect(root(page)).toHaveAttribute('data-at', '2020');
    const in2020 = [await cell.getAttribute('data-status'), await cell.locator('span').textContent()];
    expect(in2008).not.toEqual(in2020);
    expect(in2020[0]).toBe('ended');
  });

  test('the date control moves the matrix by keyboard and keeps the URL in step', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    const year = page.locator('va-date-control input[data-year]');
    await year.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    const shown = await year.inputValue();
    await expect(root(page)).toHaveAttribute('data-at', shown);
    expect(new URL(page.url()).searchParams.get('at')).toBe(shown);
    await expect(year).toBeFocused();
    await expect(root(page).locator('caption')).toContainText(shown);

    await page.getByRole('link', { name: '11 Dec 2006: the news' }).click();
    await expect(root(page)).toHaveAttribute('data-at', '2006-12-11');
    expect(new URL(page.url()).searchParams.get('at')).toBe('2006-12-11');
    await page.reload();
    await expect(root(page)).toHaveAttribute('data-at', '2006-12-11');
    expect(errors).toEqual([]);
  });

  test('a malformed date falls back to today with a notice', async ({ page }) => {
    await page.goto(`${PAGE}?at=2006-13-45`);
    await expect(root(page)).toHaveAttribute('data-at', todayIso());
    await expect(page.locator('va-date-control .va-notice')).toContainText('could not be read');
  });

  test('the snapshot of 11 December 2006 reads without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/matrix/2006-12-11/');
    await expect(root(page)).toHaveAttribute('data-at', '2006-12-11');
    await expect(root(page).locator('caption')).toContainText('11 December 2006');
    await expect(
      root(page).locator('tr[data-row="upstream-status"] td[data-system="gvisor"]'),
    ).toHaveAttribute('data-status', 'not-yet');
    await context.close();
  });

  test('filters by one system and status; caption and counts follow; Reset returns to the default', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await root(page).getByText('Filter and sort rows').click();
    await root(page).locator('select[data-field="m-sys"]').selectOption('xen');
    await root(page).locator('select[data-field="m-status"]').selectOption('no');
    await expect(root(page)).toHaveAttribute('data-state', /sys=xen;status=no;match=only/);
    const shown = await visibleRows(page)
      .locator('td[data-system="xen"]')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['no']));
    await expect(root(page).locator('[data-count]')).toContainText(`Showing ${shown.length} of`);
    await expect(root(page).locator('caption')).toContainText(`${shown.length} of`);

    await root(page).getByLabel('Highlight them').check();
    await expect(root(page)).toHaveAttribute('data-state', /match=mark/);
    expect(await root(page).locator('tr.is-marked').count()).toBe(shown.length);
    await root(page).getByRole('button', { name: 'Reset view' }).click();
    await expect(root(page)).toHaveAttribute(
      'data-state',
      /^set=auto;sort=group;sys=kvm;status=any;match=only;hide=none;/,
    );
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  test('picks systems by set or by hand, and sorts by name', async ({ page }) => {
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    const sets = await readData<ColumnSet[]>('column-sets.yaml');
    await root(page).locator('input[data-field="m-set"][value="all"]').check();
    expect(await shownColumns(page)).toEqual(sets.find((s) => s.id === 'all')!.systems);
    await root(page).getByText('Choose by hand').click();
    await root(page).locator('input[data-field="m-cols"][value="qemu"]').uncheck();
    await expect(root(page)).toHaveAttribute('data-state', /set=custom/);
    expect(await shownColumns(page)).not.toContain('qemu');
    await root(page).getByText('Filter and sort rows').click();
    await root(page).locator('select[data-field="m-sort"]').selectOption('name');
    const labels = await visibleRows(page).evaluateAll((trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.label!),
    );
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.reload();
    await expect(root(page)).toHaveAttribute('data-state', /set=custom;sort=name/);
  });

  test("a cell's status word leads to its full record: every dated state, sources and a quote", async ({
    page,
  }) => {
    await page.goto(`${PAGE}?m-set=all`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    const link = root(page).locator('tr[data-row="upstream-status"] td[data-system="lguest"] > a');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/matrix\/evidence\/project\/#upstream-status\.lguest$/);
    const entry = page.locator('dt[id="upstream-status.lguest"] + dd');
    await expect(entry).toBeInViewport();
    expect(await entry.locator('li').count()).toBeGreaterThan(1);
    await expect(entry.locator('blockquote').first()).toBeVisible();
    await expect(entry.locator('a[href^="/reference/bibliography/#"]').first()).toBeVisible();
  });

  test('falls back to defaults on junk in the URL, with a notice and no error or dialog', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const junk = [
      'm-sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'm-sys=vmware',
      'm-status=%E0%A4%A',
      'm-hide=cpu,cpu',
      `m-cols=${'kvm,'.repeat(400)}`,
      'm-set=nope',
      'm-match=only&m-match=mark',
    ].join('&');
    await page.goto(`${PAGE}?${junk}`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await expect(root(page).locator(':scope > .va-notice')).toContainText('default view');
    await expect(root(page)).toHaveAttribute(
      'data-state',
      /^set=auto;sort=group;sys=kvm;status=any;match=only;hide=none;/,
    );
    expect(await root(page).innerHTML()).not.toContain('<script>alert');
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });

  test('on a 390 px phone: one card per dimension, the focused system first, no scroll trap', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${PAGE}?m-sys=xen`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const boxes = await scrollBoxes(page, '[data-diagram="matrix"]');
    expect(boxes.filter((b) => b.height > 844 / 2)).toEqual([]);
    const card = root(page).locator('tr[data-row="virtualization-approach"]');
    const tops = await card
      .locator('td:visible')
      .evaluateAll((tds) =>
        tds.map((td) => [(td as HTMLElement).dataset.system, td.getBoundingClientRect().top] as const),
      );
    const first = [...tops].sort((a, b) => a[1] - b[1])[0]![0];
    expect(first).toBe('xen');
    await context.close();
  });

  test('at 1280 px the system headers stay in view while the rows scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    const last = root(page).locator('tr[data-row]:visible').last();
    await last.scrollIntoViewIfNeeded();
    const head = root(page).locator('thead th[data-system]:visible').first();
    const box = await head.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(120);
    expect(await scrollBoxes(page, '[data-diagram="matrix"]')).toEqual([]);
  });

  test('links both exports, which hold every cell with its history', async ({ page, request }) => {
    await page.goto(PAGE);
    await expect(page.locator('main a[href="/data/matrix.json"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/data/matrix.csv"]')).toHaveCount(1);
    const json = await (await request.get('/data/matrix.json')).json();
    expect(json.cells).toHaveLength(json.dimensions.length * json.systems.length);
    const multi = json.cells.filter((c: { history: unknown[] }) => c.history.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(60);
    const csv = await request.get('/data/matrix.csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'system,dimension,group,current,from,until,status,value,note,since,sources',
    );
  });
});
