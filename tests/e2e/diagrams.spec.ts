import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, watchErrors, widgetsReady } from './site';

/** Where each diagram lives, and how to change it with the mouse and with the keyboard. */
const diagrams = [
  { name: 'stack', page: '/', radio: 'input[value="openvz"]', expectMouse: 'system=openvz' },
  {
    name: 'path',
    page: '/concepts/io-virtualization/',
    radio: 'input[name$="-scenario"][value="interrupt"]',
    expectMouse: 'scenario=interrupt',
  },
  {
    name: 'rings',
    page: '/concepts/cpu-virtualization/',
    radio: 'input[value="xen-pv-64"]',
    expectMouse: 'config=xen-pv-64',
  },
  {
    name: 'pvops',
    page: '/technologies/paravirt-ops/',
    radio: 'input[value="xen"]',
    expectMouse: 'backend=xen',
  },
] as const;

const state = (page: Page, name: string) =>
  page.locator(`[data-diagram="${name}"]`).first().getAttribute('data-state');

for (const d of diagrams) {
  test.describe(`${d.name} diagram`, () => {
    test('is drawn in the HTML with JavaScript off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(d.page);
      const root = page.locator(`[data-diagram="${d.name}"]`).first();
      await expect(root).toBeVisible();
      // A diagram may render several states (hidden) beside the one shown: check the one a reader sees.
      const svg = root.locator('svg:visible').first();
      await expect(svg).toBeVisible();
      expect(await svg.locator('rect, circle, path').count()).toBeGreaterThan(3);
      expect(await svg.locator('title').first().textContent()).toBeTruthy();
      await context.close();
    });

    test('changes when operated by mouse and by keyboard, with no page error', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(d.page);
      const root = page.locator(`[data-diagram="${d.name}"]`).first();
      await expect(root).toHaveAttribute('data-enhanced', '');
      const before = await state(page, d.name);
      await root.locator(d.radio).first().click();
      await expect(root).toHaveAttribute('data-state', new RegExp(d.expectMouse));
      expect(await state(page, d.name)).not.toBe(before);
      expect(page.url()).toContain(`${d.name === 'stack' ? 'stack' : d.name === 'path' ? 'path' : d.name}=`);

      // Keyboard: arrow keys move a radio group's selection, which must change the state again.
      const afterMouse = await state(page, d.name);
      await root.locator(d.radio).first().focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => state(page, d.name)).not.toBe(afterMouse);
      expect(errors).toEqual([]);
    });

    test('falls back to the default view on junk in the URL', async ({ page }) => {
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', (dlg) => {
        dialogs++;
        void dlg.dismiss();
      });
      const junk = `?${d.name}=%3Cscript%3Ealert(1)%3C%2Fscript%3E&${d.name}-step=%E0%A4%A&${d.name}-layer=${'x'.repeat(3000)}&path-step=999`;
      await page.goto(d.page + junk);
      const root = page.locator(`[data-diagram="${d.name}"]`).first();
      await expect(root).toHaveAttribute('data-enhanced', '');
      await expect(root.locator('.va-notice').first()).toContainText('default view');
      expect(await root.innerHTML()).not.toContain('<script>alert');
      expect(errors).toEqual([]);
      expect(dialogs).toBe(0);
    });
  });
}

test('path: steps forwards and backwards with buttons and arrow keys, and shares the step in the URL', async ({
  page,
}) => {
  await page.goto('/concepts/io-virtualization/');
  await widgetsReady(page);
  const root = page.locator('[data-diagram="path"]');
  await expect(root).toHaveAttribute('data-state', /step=0/);
  await root.locator('[data-next]').click();
  await root.locator('[data-next]').click();
  await expect(root).toHaveAttribute('data-state', /step=2/);
  await root.locator('.va-path-variant:not([hidden]) .va-path-figure').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(root).toHaveAttribute('data-state', /step=1/);
  await expect(root.locator('[data-now]')).toContainText('Step 2 of');
  await expect(root.locator('.va-path-variant:not([hidden]) li[aria-current="step"]')).toHaveCount(1);
  const url = page.url();
  await page.goto(url);
  await expect(root).toHaveAttribute('data-state', /step=1/);
});

test('every page reflows at 360 px with no horizontal page scroll', async ({ browser, baseURL }) => {
  test.setTimeout(5 * 60_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
  }
  await context.close();
  expect(wide, wide.join('\n')).toEqual([]);
});

test('reduced motion turns the stack and rings animations off', async ({ browser }) => {
  const motion = async (reducedMotion: 'reduce' | 'no-preference', url: string, selector: string) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(url);
    const value = await page
      .locator(selector)
      .first()
      .evaluate((el) => `${getComputedStyle(el).animationName} ${getComputedStyle(el).animationDuration}`);
    await context.close();
    return value;
  };
  for (const [url, selector] of [
    ['/', '[data-diagram="stack"] figure:not([hidden])'],
    ['/concepts/cpu-virtualization/', '[data-diagram="rings"] [data-config]:not([hidden])'],
  ] as const) {
    expect(await motion('no-preference', url, selector)).not.toMatch(/^none /);
    expect(await motion('reduce', url, selector)).toMatch(/^none /);
  }
});
