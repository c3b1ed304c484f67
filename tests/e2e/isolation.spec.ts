import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/isolation/';
const root = (page: Page) => page.locator('[data-diagram="isolation"]');
const wall = (page: Page, system: string) => root(page).locator(`.va-iso-system[data-system="${system}"]`);
/** The marks of a wall in the drawing on show (each wall is drawn twice: wide and narrow). */
const marks = (page: Page, system: string) => wall(page, system).locator('a.va-iso-mark:visible');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const YEAR = new Date().getUTCFullYear();
const DEFAULT = `sys=all;from=2005;to=${YEAR};impact=all;esc=none`;

async function enhanced(page: Page, url = PAGE) {
  await page.goto(url);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
}

test('is reached by clicking from the Compare overview', async ({ page }) => {
  await page.goto('/compare/');
  await page.locator('main a[href="/compare/isolation/"]').first().click();
  await expect(page).toHaveURL(/\/compare\/isolation\/$/);
  await expect(page.locator('h1')).toHaveText('How strong is the wall?');
  await expect(root(page)).toBeVisible();
});

test('is reached by clicking from the matrix row on tenant attack surface', async ({ page }) => {
  await page.goto('/compare/matrix/');
  await page.locator('#row-tenant-attack-surface a[href="/compare/isolation/"]').first().click();
  await expect(page).toHaveURL(/\/compare\/isolation\/$/);
  await expect(page.locator('h1')).toHaveText('How strong is the wall?');
  await expect(root(page)).toBeVisible();
});

test('operates its filters by mouse and keeps the view in the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await enhanced(page);
  await expect(root(page)).toHaveAttribute('data-state', DEFAULT);

  await root(page).locator('[data-iso-sys]').selectOption('kvm');
  await expect(root(page)).toHaveAttribute('data-state', DEFAULT.replace('sys=all', 'sys=kvm'));
  expect(param(page, 'iso-sys')).toBe('kvm');
  await expect(wall(page, 'kvm')).toBeVisible();
  await expect(wall(page, 'xen')).toBeHidden();

  await root(page).locator('[data-iso-from]').selectOption('2015');
  expect(param(page, 'iso-from')).toBe('2015');
  // KVM's CVE-2015-8104 (November 2015) stays; nothing before 2015 shows.
  for (const d of await marks(page, 'kvm').evaluateAll((ms) =>
    ms.map((m) => (m as SVGElement).dataset.date!),
  ))
    expect(Number(d.slice(0, 4))).toBeGreaterThanOrEqual(2015);

  for (const impact of ['privilege-escalation', 'information-leak', 'denial-of-service'])
    await root(page).locator(`label[data-impact="${impact}"]`).click();
  await expect(root(page)).toHaveAttribute(
    'data-state',
    `sys=kvm;from=2015;to=${YEAR};impact=escape;esc=none`,
  );
  expect(param(page, 'iso-impact')).toBe('escape');
  const impacts = await marks(page, 'kvm').evaluateAll((ms) =>
    ms.map((m) => (m as SVGElement).dataset.impact),
  );
  expect(impacts.length).toBeGreaterThan(0);
  expect(new Set(impacts)).toEqual(new Set(['escape']));

  // Moving From past To pushes To along.
  await root(page).locator('[data-iso-to]').selectOption('2016');
  await root(page).locator('[data-iso-from]').selectOption('2020');
  expect([param(page, 'iso-from'), param(page, 'iso-to')]).toEqual(['2020', '2020']);

  await root(page).locator('[data-reset]').click();
  await expect(root(page)).toHaveAttribute('data-state', DEFAULT);
  expect(new URL(page.url()).search).toBe('');
  expect(errors).toEqual([]);
});

test('operates its filters by keyboard, and the focus stays on the control', async ({ page }) => {
  await enhanced(page);
  const sys = root(page).locator('[data-iso-sys]');
  await sys.focus();
  await page.keyboard.press('ArrowDown');
  await expect(root(page)).not.toHaveAttribute('data-state', DEFAULT);
  expect(param(page, 'iso-sys')).not.toBeNull();
  await expect(sys).toBeFocused();

  const box = root(page).locator('[data-iso-impact][value="denial-of-service"]');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  expect(param(page, 'iso-impact')).toBe('escape,privilege-escalation,information-leak');
  await expect(box).toBeFocused();

  const from = root(page).locator('[data-iso-from]');
  await from.focus();
  await page.keyboard.press('End');
  expect(param(page, 'iso-from')).toBe(String(YEAR));
  await expect(from).toBeFocused();

  const reset = root(page).locator('[data-reset]');
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(root(page)).toHaveAttribute('data-state', DEFAULT);
  await expect(reset).toBeFocused();
});

test('selects a mark by keyboard, moves along the wall, and never loses the focus', async ({ page }) => {
  await enhanced(page, `${PAGE}?iso-sys=xen`);
  const first = marks(page, 'xen').first();
  await first.focus();
  const id = await first.getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(root(page)).toHaveAttribute('data-state', new RegExp(`esc=${id}$`));
  expect(param(page, 'iso-esc')).toBe(id);
  await expect(first).toBeFocused();
  const detail = wall(page, 'xen').locator(`.va-iso-detail[data-for="${id}"]`);
  await expect(detail).toBeVisible();
  await expect(detail.locator('.va-cite a').first()).toHaveAttribute('href', /\/reference\/bibliography\/#/);

  await page.keyboard.press('ArrowRight');
  await expect(marks(page, 'xen').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const second = await marks(page, 'xen').nth(1).getAttribute('data-id');
  await expect(root(page)).toHaveAttribute('data-state', new RegExp(`esc=${second}$`));

  await page.keyboard.press('Escape');
  await expect(root(page)).toHaveAttribute('data-state', /esc=none$/);
  await expect(marks(page, 'xen').nth(1)).toBeFocused();

  // Close gives the focus back to the mark whose details it closes.
  await page.keyboard.press('Enter');
  await wall(page, 'xen').locator(`.va-iso-detail[data-for="${second}"] [data-close]`).click();
  await expect(root(page)).toHaveAttribute('data-state', /esc=none$/);
  await expect(marks(page, 'xen').nth(1)).toBeFocused();
});

test('plots VENOM (CVE-2015-3456) on the device-model layer of QEMU, KVM and Xen', async ({ page }) => {
  await enhanced(page);
  for (const system of ['qemu', 'kvm', 'xen']) {
    const mark = marks(page, system).and(page.locator('[data-id="cve-2015-3456"]'));
    await expect(mark).toHaveCount(1);
    await expect(mark).toContainText('VENOM');
    const band = await bandOf(mark);
    expect(band, `${system}: the band VENOM sits on`).toBe('device-model');
  }
  await marks(page, 'qemu').and(page.locator('[data-id="cve-2015-3456"]')).click();
  await expect(wall(page, 'qemu').locator('.va-iso-detail[data-for="cve-2015-3456"]')).toContainText(
    'CVE-2015-3456 / XSA-133',
  );
});

/** The stack layer of the band whose box contains the mark's centre. */
async function bandOf(mark: Locator): Promise<string | undefined> {
  return mark.evaluate((m) => {
    const r = m.querySelector('path')!.getBoundingClientRect();
    const y = r.top + r.height / 2;
    const bands = [...m.closest('svg')!.querySelectorAll<SVGGElement>('.va-iso-band')];
    return bands.find((b) => {
      const box = b.querySelector('rect')!.getBoundingClientRect();
      return y >= box.top && y <= box.bottom;
    })?.dataset.stackLayer;
  });
}

test('reads a shared link, and falls back with a notice on junk', async ({ page }) => {
  await enhanced(page, `${PAGE}?iso-sys=kvm&iso-from=2015&iso-impact=escape`);
  await expect(root(page)).toHaveAttribute(
    'data-state',
    `sys=kvm;from=2015;to=${YEAR};impact=escape;esc=none`,
  );
  await expect(root(page).locator('[data-iso-sys]')).toHaveValue('kvm');
  await expect(root(page).locator('[data-iso-impact][value="information-leak"]')).not.toBeChecked();
  await expect(root(page).locator('.va-notice')).toBeEmpty();

  for (const junk of [
    'iso-sys=vmware',
    'iso-from=abc',
    'iso-from=2020&iso-to=2010',
    'iso-impact=escape,escape',
    'iso-esc=%3Cscript%3E',
  ]) {
    await enhanced(page, `${PAGE}?${junk}`);
    await expect(root(page)).toHaveAttribute('data-state', DEFAULT);
    await expect(root(page).locator('.va-notice')).toContainText('default view');
  }
});

test('follows the shared date: escapes disclosed after it are hidden', async ({ page }) => {
  await enhanced(page, `${PAGE}?at=2015-05-12`);
  await expect(marks(page, 'qemu').and(page.locator('[data-id="cve-2015-3456"]'))).toHaveCount(0);
  await expect(root(page).locator('[data-count]')).toContainText('disclosed after 12 May 2015');
  await enhanced(page, `${PAGE}?at=2015-05-13`);
  await expect(marks(page, 'qemu').and(page.locator('[data-id="cve-2015-3456"]'))).toHaveCount(1);
});

test('shows the figure and the table of every escape with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(root(page).locator('.va-iso-system')).toHaveCount(10);
  await expect(root(page).locator('svg a.va-iso-mark:visible').first()).toBeVisible();
  await expect(root(page).locator('[data-iso-sys]')).toBeHidden();
  const row = page.locator('#esc-cve-2015-3456');
  await expect(row).toBeVisible();
  await expect(row).toContainText('VENOM');
  await expect(row.locator('.va-cite a').first()).toHaveAttribute('href', /\/reference\/bibliography\/#/);
  // A mark is a link to its row.
  await marks(page, 'qemu').and(page.locator('[data-id="cve-2015-3456"]')).click();
  await expect(page).toHaveURL(/#esc-cve-2015-3456$/);
  await context.close();
});

test('fits a 360 px screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(root(page)).toHaveAttribute('data-enhanced', '');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(wall(page, 'kvm').locator('.va-iso-narrow svg')).toBeVisible();
  await expect(wall(page, 'kvm').locator('.va-iso-wide')).toBeHidden();
  await context.close();
});

test('a technology page shows its isolation record, linked to the explorer', async ({ page }) => {
  await page.goto('/technologies/qemu/');
  const record = page.locator('[data-iso-record="qemu"]');
  await expect(record).toBeVisible();
  await expect(page.locator('h2#isolation-record')).toBeVisible();
  await expect(record.locator('.va-iso-counts')).toContainText('QEMU process');
  await expect(record.locator('.va-iso-worst a').first()).toHaveAttribute(
    'href',
    /\/compare\/isolation\/\?iso-sys=qemu&iso-esc=cve-/,
  );
  await expect(record).toContainText('A count of advisories is not a safety ranking');
  await record.locator('a[href="/compare/isolation/?iso-sys=qemu"]').click();
  await expect(root(page)).toHaveAttribute('data-state', /^sys=qemu;/);
  await expect(wall(page, 'kvm')).toBeHidden();
});

test('exports the escapes and interfaces as /data/escapes.json', async ({ request }) => {
  const body = await (await request.get('/data/escapes.json')).json();
  const venom = body.escapes.find((e: { id: string }) => e.id === 'cve-2015-3456');
  expect(venom.evidence.length).toBeGreaterThan(0);
  expect(venom.sources.every((k: string) => body.sources[k])).toBe(true);
  const xen = body.interfaces.find((s: { system: string }) => s.system === 'xen');
  const sized = xen.layers
    .flatMap((l: { interfaces: { size: unknown }[] }) => l.interfaces)
    .find((i: { size: unknown }) => i.size);
  expect(sized.size.text).toBe('42 numbered hypercalls');
  expect(sized.evidence[0].locator).toContain('RELEASE-4.22.0');
});
