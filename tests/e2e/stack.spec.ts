import { expect, test, type Locator, type Page } from '@playwright/test';
import { labelledDiagrams } from './diagram-states';
import { watchErrors } from './site';

const explorer = (page: Page) => page.locator('[data-diagram="stack"]').first();
/** The focused element, described by what a test can check: tag, value or key, and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName,
      key: el?.dataset.key,
      value: (el as HTMLInputElement)?.value,
      text: el?.textContent?.trim(),
    };
  });

async function ready(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const root = explorer(page);
  await expect(root).toHaveAttribute('data-enhanced', '');
  return root;
}

test.describe('stack explorer: keyboard and focus', () => {
  test('a layer chosen by keyboard keeps the focus, fills the detail panel and the URL; Tab moves on', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const root = await ready(page, '/');
    const kernel = root.locator('.va-stack-layer-list:visible button[data-key="kernel"]');
    await kernel.focus();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-state', /layer=kernel/);
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', key: 'kernel' });
    await expect(kernel).toHaveAttribute('aria-pressed', 'true');
    const detail = root.locator('.va-detail-item:visible');
    await expect(detail).toHaveCount(1);
    await expect(detail).toContainText('kvm.ko');
    await expect(detail.locator('a').first()).toHaveAttribute('href', /\/reference\/bibliography\/#/);
    expect(new URL(page.url()).searchParams.get('stack-layer')).toBe('kernel');
    // Tab goes on to the next layer, not back to the first one.
    await page.keyboard.press('Tab');
    expect((await focused(page)).key).toBe('mode-host');
    await page.keyboard.press('Space');
    await expect(root).toHaveAttribute('data-state', /layer=mode-host/);
    expect((await focused(page)).key).toBe('mode-host');
    expect(errors).toEqual([]);
  });

  test('arrow keys move between the layer buttons; choosing a layer again clears it', async ({ page }) => {
    const root = await ready(page, '/');
    const buttons = root.locator('.va-stack-layer-list:visible button');
    await buttons.first().focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).text).toBe('Guest applications, guest 2');
    await page.keyboard.press('End');
    expect((await focused(page)).key).toBe('hw');
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-state', /layer=hw/);
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-state', /layer=none/);
    expect((await focused(page)).key).toBe('hw');
  });

  test('a block clicked in the drawing is selected, and its layer button takes the focus', async ({
    page,
  }) => {
    const root = await ready(page, '/');
    await root.locator('figure:visible .va-stack-svg:visible .va-stack-block[data-key="dm-1"]').click();
    await expect(root).toHaveAttribute('data-state', /layer=dm-1/);
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', key: 'dm-1' });
    await expect(root.locator('figure:visible .va-stack-block.is-selected:visible')).toHaveCount(1);
  });

  test('arrow keys choose systems and keep the focus on the radio, skipping systems that had ended', async ({
    page,
  }) => {
    const root = await ready(page, '/?stack=openvz');
    await root.locator('input[value="openvz"]').focus();
    await page.keyboard.press('ArrowRight');
    // Linux-VServer and lguest had ended by today: the arrow skips their disabled radios.
    await expect(root).toHaveAttribute('data-state', /system=firecracker/);
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: 'firecracker' });
    await expect(root.locator('figure:visible figcaption')).toContainText('Firecracker microVMs');
  });
});

test.describe('stack explorer: compare mode', () => {
  test('starts with the partner, never the system itself, and keeps the focus on the box', async ({
    page,
  }) => {
    const root = await ready(page, '/technologies/kvm/');
    const box = root.locator('[data-compare]');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(root).toHaveAttribute('data-state', 'system=kvm;vs=xen-hvm;layer=none');
    expect(await focused(page)).toMatchObject({ tag: 'INPUT' });
    await expect(root.locator('[data-vs] option[value="kvm"]')).toBeDisabled();
    // Another system starts with its own partner: KVM for Xen HVM.
    await box.uncheck();
    await root.locator('input[value="xen-hvm"]').check();
    await box.check();
    await expect(root).toHaveAttribute('data-state', /system=xen-hvm;vs=kvm/);
    // Choosing the system being compared swaps the two.
    await root.locator('input[value="kvm"]').check();
    await expect(root).toHaveAttribute('data-state', /system=kvm;vs=xen-hvm/);
  });

  test('shows a second system, lists the layers only it has, and survives a reload', async ({ page }) => {
    const root = await ready(page, '/?stack=kvm');
    await root.locator('[data-compare]').check();
    await root.locator('[data-vs]').selectOption('openvz');
    await expect(root).toHaveAttribute('data-state', 'system=kvm;vs=openvz;layer=none');
    await expect(root.locator('figure:visible figcaption')).toHaveText([/^KVM \+ QEMU/, /^OpenVZ/]);
    await expect(root.locator('.va-stack-layer-list:visible')).toHaveCount(2);
    await expect(root.locator('.va-stack-layer-list:visible').nth(1)).toContainText('Also in OpenVZ:');
    await root.locator('.va-stack-layer-list:visible button:visible[data-key="kernel"]').click();
    await expect(root.locator('.va-detail-item:visible .va-detail-system')).toHaveText([
      '— KVM + QEMU',
      '— OpenVZ',
    ]);
    await page.reload();
    await expect(root).toHaveAttribute('data-state', 'system=kvm;vs=openvz;layer=kernel');
  });

  for (const vp of [
    { width: 1280, height: 900, sideBySide: true },
    { width: 390, height: 844, sideBySide: false },
  ]) {
    test(`both drawings fit at ${vp.width} px, ${vp.sideBySide ? 'side by side' : 'one above the other'}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: vp });
      const page = await context.newPage();
      const root = await ready(page, '/?stack=kvm&stack-vs=xen-pv');
      const area = (await root.boundingBox())!;
      const drawings = root.locator('figure:visible svg:visible');
      await expect(drawings).toHaveCount(2);
      const [a, b] = [(await drawings.nth(0).boundingBox())!, (await drawings.nth(1).boundingBox())!];
      for (const d of [a, b]) {
        expect(d.x).toBeGreaterThanOrEqual(area.x - 0.5);
        expect(d.x + d.width).toBeLessThanOrEqual(area.x + area.width + 0.5);
        // Legible: drawn at no less than 80% of its size.
        const viewBox = await drawings.first().evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
        expect(d.width / viewBox).toBeGreaterThan(0.8);
      }
      if (vp.sideBySide) expect(Math.abs(a.y - b.y)).toBeLessThan(1);
      else expect(b.y).toBeGreaterThan(a.y + a.height);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await context.close();
    });
  }
});

test.describe('stack explorer: names', () => {
  test('every control has a name of its own, in every system and beside its partner', async ({ page }) => {
    const stack = labelledDiagrams.find((d) => d.name === 'stack')!;
    await page.goto(stack.page);
    const repeated: string[] = [];
    for (const s of await stack.states(page)) {
      const root = await ready(page, stack.page + s.query);
      const names = await root
        .locator('button:visible, input:visible')
        .evaluateAll((els) =>
          els.map((el) => (el.closest('label') ?? el).textContent!.replace(/\s+/g, ' ').trim()),
        );
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      if (dupes.length) repeated.push(`${s.label}: ${[...new Set(dupes)].join(', ')}`);
    }
    expect(repeated, repeated.join('\n')).toEqual([]);
  });
});

test.describe('stack explorer: the date shown', () => {
  test('offers systems not yet released disabled with the reason, and draws another with a notice', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const root = await ready(page, '/?at=2010&stack=firecracker');
    await expect(root).toHaveAttribute('data-at', '2010');
    await expect(root.locator('input[value="firecracker"]')).toBeDisabled();
    await expect(root.locator('label:has(input[value="firecracker"])')).toContainText(
      'first released November 2018',
    );
    await expect(root).toHaveAttribute('data-state', /^system=kvm;/);
    await expect(root.locator('[data-when]')).toHaveText(
      'Firecracker microVMs did not exist yet in 2010 (first released November 2018), so KVM + QEMU is drawn instead.',
    );
    await expect(root.locator('figure[data-system="firecracker"]')).toBeHidden();
    // The date control moves the date: Firecracker is then drawn, as the link asked.
    const control = page.locator('va-date-control');
    await control.locator('[data-exact]').fill('2019-06');
    await control.locator('[data-apply]').click();
    await expect(root).toHaveAttribute('data-at', '2019-06');
    await expect(root).toHaveAttribute('data-state', /^system=firecracker;/);
    await expect(root.locator('[data-when]')).toBeEmpty();
    expect(errors).toEqual([]);
  });

  test('the compared system follows the date too', async ({ page }) => {
    const root = await ready(page, '/?at=2004&stack=xen-pv&stack-vs=xen-hvm');
    await expect(root).toHaveAttribute('data-state', /^system=xen-pv;vs=bare-metal;/);
    await expect(root.locator('[data-when]')).toContainText(
      'Xen (HVM) did not exist yet in 2004 (first released December 2005)',
    );
  });

  test("a page about an ended system opens at its last month, under the page's one date control", async ({
    page,
  }) => {
    const root = await ready(page, '/technologies/lguest/');
    await expect(root).toHaveAttribute('data-at', '2017-10');
    await expect(root).toHaveAttribute('data-state', /^system=lguest;/);
    await expect(page.locator('va-date-control')).toHaveCount(1);
    await expect(page.locator('va-date-control')).toContainText('October 2017');
  });

  test('offers the systems added with the new pages', async ({ page }) => {
    const root = await ready(page, '/');
    for (const id of ['linux-containers', 'gvisor', 'kata-containers', 'firecracker'])
      await expect(root.locator(`input[value="${id}"]`)).toBeEnabled();
  });
});

test('without JavaScript: the first system drawn, its caption, and a table of every system', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const root = explorer(page);
  await expect(root.locator('svg:visible')).toHaveCount(1);
  await expect(root.locator('figure:visible figcaption')).toContainText('Linux');
  await expect(root.locator('.va-controls, .va-stack-layers, [data-detail]')).toHaveCount(3);
  await expect(root.locator('.va-controls')).toBeHidden();
  const columns = await root.locator('table thead th').allTextContents();
  expect(columns).toEqual(
    expect.arrayContaining(['Layer', 'KVM + QEMU', 'Firecracker microVMs', 'gVisor (runsc)']),
  );
  await context.close();
});

test('without JavaScript a technology page draws its system and tables it beside its partner only', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/technologies/kvm/');
  const root = explorer(page);
  await expect(root.locator('svg:visible')).toHaveCount(1);
  await expect(root.locator('figure:visible figcaption')).toContainText('KVM + QEMU');
  const columns = await root.locator('table thead th').allTextContents();
  expect(columns.slice(1)).toEqual(['KVM + QEMU', 'Xen (HVM)']);
  await expect(page.getByRole('link', { name: 'the full stack explorer' })).toHaveAttribute('href', '/?stack=kvm');
  await context.close();
});
