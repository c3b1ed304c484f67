import { expect, test } from '@playwright/test';

test('a glossary term shows its definition on focus, inside a phone screen, and Escape hides it', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/technologies/xen/');
  const link = page.locator('.va-term-link').first();
  const tip = page.locator('.va-term').first().locator('.va-tip');
  await expect(tip).toBeHidden();
  await link.focus();
  await expect(tip).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  await expect
    .poll(async () => (await tip.boundingBox())!.x + (await tip.boundingBox())!.width)
    .toBeLessThanOrEqual(360);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', /\/reference\/glossary\/#/);
  await context.close();
});

test('every citation links to an entry that exists in the bibliography', async ({ page }) => {
  await page.goto('/technologies/kvm/');
  const hrefs = await page
    .locator('a.va-cite-link')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  await page.goto('/reference/bibliography/');
  for (const href of hrefs) await expect(page.locator(`li[id="${href.split('#')[1]}"]`)).toHaveCount(1);
  await expect(page.locator('li[id="kivity2007kvm"]')).toContainText('Cited on');
  await expect(page.locator('li[id="kivity2007kvm"] a[href="/technologies/kvm/"]')).toHaveCount(1);
});

test('on a touch screen, a first tap on a term shows its definition and a second tap opens the glossary', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/technologies/xen/');
  const term = page.locator('.va-term').first();
  const link = term.locator('.va-term-link');
  const tip = term.locator('.va-tip');
  await link.tap();
  await expect(tip).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/technologies/xen/');
  const box = (await tip.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // A tap elsewhere closes it; tapping the term again shows it again, and the tap after that follows it.
  await page.locator('h1').tap();
  await expect(tip).toBeHidden();
  await link.tap();
  await expect(tip).toBeVisible();
  await link.tap();
  await expect(page).toHaveURL(/\/reference\/glossary\/#/);
  await context.close();
});

test('with a mouse, a click on a term goes straight to the glossary', async ({ page }) => {
  await page.goto('/technologies/xen/');
  await page.locator('.va-term-link').first().click();
  await expect(page).toHaveURL(/\/reference\/glossary\/#/);
});
