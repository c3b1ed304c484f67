import { expect, test, type Page } from '@playwright/test';
import { readData, scrollBoxes, todayIso, watchErrors } from './site';

const PAGE = '/compare/side-by-side/';
const root = (page: Page) => page.locator('[data-diagram="side-by-side"]');
/** The ids of the visible column headers, left to right. */
const columns = (page: Page) =>
  root(page)
    .locator('thead th[data-system]:visible')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.system));

test('shows the whole table, every system, with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(root(page)).toBeVisible();
  const sets = await readData<{ id: string; systems: string[] }[]>('column-sets.yaml');
  expect(await columns(page)).toEqual(sets.find((s) => s.id === 'all')!.systems);
  expect(await root(page).locator('tr[data-dim]').count()).toBeGreaterThan(20);
  await expect(root(page).locator('td[data-system="kvm"] .va-cite a').first()).toHaveAttribute(
    'href',
    /\/reference\/bibliography\/#/,
  );
  await expect(root(page).locator('.va-sbs-block').first()).toBeVisible();
  await expect(root(page).locator('select[data-slot]').first()).toBeHidden();
  await context.close();
});

test('starts with KVM and Xen, and changes columns by mouse', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  await expect(root(page)).toHaveAttribute('data-state', 'systems=kvm,xen;diff=0');
  expect(await columns(page)).toEqual(['kvm', 'xen']);

  await root(page).locator('select[data-slot="2"]').selectOption('openvz');
  await expect(root(page)).toHaveAttribute('data-state', 'systems=kvm,xen,openvz;diff=0');
  expect(await columns(page)).toEqual(['kvm', 'xen', 'openvz']);
  expect(new URL(page.url()).searchParams.get('systems')).toBe('kvm,xen,openvz');

  // Choosing a system already shown swaps the two columns.
  await root(page).locator('select[data-slot="0"]').selectOption('openvz');
  await expect(root(page)).toHaveAttribute('data-state', 'systems=openvz,xen,kvm;diff=0');
  expect(await columns(page)).toEqual(['openvz', 'xen', 'kvm']);
  await expect(root(page).locator('[data-caption]')).toHaveText('OpenVZ, Xen and KVM');

  await root(page).locator('select[data-slot="2"]').selectOption('none');
  await expect(root(page)).toHaveAttribute('data-state', 'systems=openvz,xen;diff=0');

  await root(page).locator('[data-diff]').click();
  await expect(root(page)).toHaveAttribute('data-state', 'systems=openvz,xen;diff=1');
  const shown = await root(page).locator('tr[data-dim]:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(await root(page).locator('tr[data-dim]').count());
  expect(new URL(page.url()).searchParams.get('diff')).toBe('1');
  expect(errors).toEqual([]);
});

test('is operable by keyboard', async ({ page }) => {
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  await root(page).locator('select[data-slot="1"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(root(page)).not.toHaveAttribute('data-state', 'systems=kvm,xen;diff=0');
  const afterSelect = await root(page).getAttribute('data-state');
  await root(page).locator('[data-diff]').focus();
  await page.keyboard.press('Space');
  await expect(root(page)).toHaveAttribute('data-state', afterSelect!.replace('diff=0', 'diff=1'));
});

test('reads the systems and the diff toggle from the URL, and survives a reload', async ({ page }) => {
  await page.goto(`${PAGE}?systems=qemu,lguest,bare-metal&diff=1`);
  await expect(root(page)).toHaveAttribute('data-state', 'systems=qemu,lguest,bare-metal;diff=1');
  expect(await columns(page)).toEqual(['qemu', 'lguest', 'bare-metal']);
  await expect(root(page).locator('[data-diff]')).toBeChecked();
  await expect(root(page).locator('select[data-slot="2"]')).toHaveValue('bare-metal');
  await expect(root(page).locator(':scope > .va-notice')).toBeEmpty();
  await page.reload();
  await expect(root(page)).toHaveAttribute('data-state', 'systems=qemu,lguest,bare-metal;diff=1');
});

const junk = [
  'systems=vmware,kvm',
  'systems=kvm,kvm',
  'systems=kvm',
  'systems=kvm,xen,openvz,qemu',
  'systems=kvm,xen&systems=qemu,lguest',
  `systems=${'kvm,'.repeat(500)}xen`,
  'systems=%3Cscript%3Ealert(1)%3C%2Fscript%3E,kvm',
  'systems=%E0%A4%A,xen&diff=%ZZ',
  'systems=<img src=x onerror=alert(1)>',
];
for (const q of junk) {
  test(`falls back to KVM and Xen on junk: ${q.slice(0, 40)}`, async ({ page }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${PAGE}?${q}`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    await expect(root(page)).toHaveAttribute('data-state', 'systems=kvm,xen;diff=0');
    await expect(root(page).locator(':scope > .va-notice')).toContainText('default view');
    expect(await columns(page)).toEqual(['kvm', 'xen']);
    expect(await root(page).innerHTML()).not.toMatch(/<script>alert|onerror=alert/);
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('fits a 360 px screen: the table scrolls inside its box, never the page', async ({ browser }) => {
  for (const js of [true, false]) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: js,
    });
    const page = await context.newPage();
    await page.goto(`${PAGE}?systems=kvm,xen,openvz`);
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll, `javascript ${js ? 'on' : 'off'}`).toBeLessThanOrEqual(client);
    await context.close();
  }
});

test('shows the systems as they stood at the date shown, and a system not yet released says so', async ({
  page,
}) => {
  await page.goto(`${PAGE}?systems=kvm,xen,firecracker&at=2010`);
  await expect(root(page)).toHaveAttribute('data-at', '2010');
  await expect(root(page).locator('thead th[data-system="firecracker"]')).toContainText('Not yet');
  const cell = root(page).locator('tr[data-dim="virtualization-approach"] td[data-system="firecracker"]');
  await expect(cell).toHaveAttribute('data-status', 'not-yet');
  await page.goto(`${PAGE}?systems=kvm,xen,firecracker`);
  await expect(root(page)).toHaveAttribute('data-at', todayIso());
  await expect(cell).not.toHaveAttribute('data-status', 'not-yet');
});

for (const width of [390, 1280]) {
  test(`at ${width} px: three columns fit, the headers stay in view, and no box traps the scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`${PAGE}?systems=kvm,xen,gvisor`);
    await expect(root(page)).toHaveAttribute('data-enhanced', '');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const id of ['kvm', 'xen', 'gvisor']) {
      const box = await root(page).locator(`thead th[data-system="${id}"]`).boundingBox();
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(width);
    }
    expect(
      (await scrollBoxes(page, '[data-diagram="side-by-side"]')).filter((b) => b.height > 844 / 2),
    ).toEqual([]);
    await root(page).locator('tr[data-dim]').last().scrollIntoViewIfNeeded();
    const head = await root(page).locator('thead th[data-system="kvm"]').boundingBox();
    expect(head!.y).toBeGreaterThanOrEqual(0);
    expect(head!.y).toBeLessThan(160);
  });
}
