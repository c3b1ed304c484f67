import { expect, test } from '@playwright/test';
import { watchErrors, widgetsReady } from './site';

const page_ = '/concepts/cpu-virtualization/';

test('rings: arrow keys change the configuration, the focus stays on the radio, one drawing and list show', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(page_);
  const root = page.locator('[data-diagram="rings"]');
  await expect(root).toHaveAttribute('data-enhanced', '');
  await expect(root).toHaveAttribute('data-state', 'config=xen-pv-32');
  await root.locator('input[value="xen-pv-32"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-state', 'config=xen-pv-64');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('xen-pv-64');
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-state', 'config=kvm-vtx');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('kvm-vtx');
  await expect(root.locator('svg:visible')).toHaveCount(1);
  await expect(root.locator('svg:visible title')).toHaveText('Privilege modes: KVM with VT-x or AMD-V');
  await expect(root.locator('.va-rings-list:visible li').first()).toContainText(
    'Linux + kvm.ko: VMX root (host mode), ring 0.',
  );
  expect(new URL(page.url()).searchParams.get('rings')).toBe('kvm-vtx');
  expect(errors).toEqual([]);
});

test('rings: the drawing fits a phone-wide screen without scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${page_}?rings=xen-hvm`);
  await widgetsReady(page);
  const root = page.locator('[data-diagram="rings"]');
  const svg = root.locator('svg:visible');
  await expect(svg).toHaveAttribute('data-variant', 'narrow');
  const [box, area] = [(await svg.boundingBox())!, (await root.boundingBox())!];
  expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width + 0.5);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await context.close();
});

test('rings without JavaScript: the first configuration drawn and listed, and a table of all', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  const root = page.locator('[data-diagram="rings"]');
  await expect(root.locator('svg:visible')).toHaveCount(1);
  await expect(root.locator('.va-rings-list:visible')).toContainText(
    'Xen hypervisor: No hardware assist, ring 0.',
  );
  await expect(root.locator('table tbody th[scope="rowgroup"]')).toHaveCount(6);
  await context.close();
});
