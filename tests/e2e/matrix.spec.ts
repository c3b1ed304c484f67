import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/matrix/';
const root = (page: Page) => page.locator('[data-diagram="matrix"]');
const visibleRows = (page: Page) => root(page).locator('tr[data-row]:visible');

test.describe('comparison matrix', () => {
  test('is a complete table with JavaScript off: every row, column, status word and source link', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const table = root(page).locator('table');
    await expect(table).toBeVisible();
    await expect(root(page).locator('[data-enhanced-only]').first()).toBeHidden();
    await expect(table.locator('thead th[data-system]')).toHaveCount(8);
    expect(await table.locator('tr[data-row]').count()).toBeGreaterThan(40);
    expect(await table.locator('tr.va-mx-group').count()).toBeGreaterThan(5);
    const cell = table.locator('tr[data-row="virtualization-approach"] td[data-system="xen"]');
    await expect(cell.locator('.va-mx-status')).toHaveText('Yes');
    await cell.locator('summary').click();
    await expect(cell.locator('details a').first()).toBeVisible();
    await expect(cell.locator('details a').first()).toHaveAttribute('href', /\/reference\/bibliography\/#/);
    await expect(cell.locator('details')).toContainText('Since Xen 3.0');
    await context.close();
  });

  test('sorts, filters and hides by mouse, keeping data-state and the URL in step', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await expect(root(page)).toHaveAttribute('data-state', /^sort=group;.*cols=all;open=none$/);

    await root(page).locator('select[data-field="m-sort"]').selectOption('name');
    await expect(root(page)).toHaveAttribute('data-state', /sort=name/);
    const labels = await visibleRows(page).evaluateAll((trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.label!),
    );
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    await root(page).locator('select[data-field="m-sys"]').selectOption('openvz');
    await root(page).locator('select[data-field="m-status"]').selectOption('no');
    await expect(root(page)).toHaveAttribute('data-state', /sys=openvz;status=no;match=only/);
    const statuses = await visibleRows(page)
      .locator('td[data-system="openvz"]')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['no']));

    await root(page).getByLabel('Highlight them').check();
    await expect(root(page)).toHaveAttribute('data-state', /match=mark/);
    expect(await root(page).locator('tr.is-marked').count()).toBe(statuses.length);

    await root(page).locator('input[data-field="m-cols"][value="qemu"]').uncheck();
    await expect(root(page)).toHaveAttribute(
      'data-state',
      /cols=kvm,xen,openvz,linux-vserver,paravirt-ops,lguest,bare-metal/,
    );
    await expect(root(page).locator('thead th[data-system="qemu"]')).toBeHidden();

    await root(page).locator('input[data-field="m-hide"][value="cpu"]').uncheck();
    await expect(root(page)).toHaveAttribute('data-state', /hide=cpu/);
    await expect(root(page).locator('tr[data-row][data-group="cpu"]:visible')).toHaveCount(0);

    const url = new URL(page.url());
    expect(url.searchParams.get('m-sort')).toBe('name');
    expect(url.searchParams.get('m-hide')).toBe('cpu');
    await page.reload();
    await expect(root(page)).toHaveAttribute(
      'data-state',
      /sort=name;sys=openvz;status=no;match=mark;hide=cpu;cols=kvm/,
    );

    await root(page).getByRole('button', { name: 'Reset view' }).click();
    await expect(root(page)).toHaveAttribute(
      'data-state',
      'sort=group;sys=kvm;status=any;match=only;hide=none;cols=all;open=none',
    );
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  test('is operated by keyboard: select, checkbox and a cell disclosure', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    const sort = root(page).locator('select[data-field="m-sort"]');
    await sort.focus();
    await page.keyboard.press('ArrowDown');
    await expect(root(page)).toHaveAttribute('data-state', /sort=name/);

    await root(page).locator('input[data-field="m-hide"][value="project"]').focus();
    await page.keyboard.press('Space');
    await expect(root(page)).toHaveAttribute('data-state', /hide=project/);

    const summary = root(page).locator('details[data-cell="full-virtualization.xen"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(root(page)).toHaveAttribute('data-state', /open=full-virtualization\.xen/);
    await expect(summary).toBeFocused();
    expect(new URL(page.url()).searchParams.get('m-open')).toBe('full-virtualization.xen');
    await page.keyboard.press('Enter');
    await expect(root(page)).toHaveAttribute('data-state', /open=none/);
    expect(errors).toEqual([]);
  });

  test('opens the cell named in the URL', async ({ page }) => {
    await page.goto(`${PAGE}?m-open=virtualization-approach.kvm`);
    await expect(root(page).locator('details[data-cell="virtualization-approach.kvm"]')).toHaveAttribute(
      'open',
      '',
    );
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
      'm-open=nope.kvm',
      'm-match=only&m-match=mark',
    ].join('&');
    await page.goto(`${PAGE}?${junk}`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await expect(root(page).locator('.va-notice')).toContainText('default view');
    await expect(root(page)).toHaveAttribute(
      'data-state',
      'sort=group;sys=kvm;status=any;match=only;hide=none;cols=all;open=none',
    );
    expect(await root(page).innerHTML()).not.toContain('<script>alert');
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });

  test('fits a 360 px screen: the table scrolls in its own box, the page does not', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = root(page).locator('.va-mx-scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await context.close();
  });

  test('links both exports, which hold every cell', async ({ page, request }) => {
    await page.goto(PAGE);
    await expect(page.locator('main a[href="/data/matrix.json"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/data/matrix.csv"]')).toHaveCount(1);
    const json = await (await request.get('/data/matrix.json')).json();
    expect(json.cells).toHaveLength(json.dimensions.length * json.systems.length);
    const csv = await request.get('/data/matrix.csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'system,dimension,group,value,status,note,since,sources',
    );
  });
});
