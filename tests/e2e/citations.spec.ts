import { expect, test } from '@playwright/test';
import { SOURCE_TIERS, TIER_LABELS } from '../../src/lib/vocabulary';
import { watchErrors } from './site';

const PAGE = '/technologies/xen/';
const cardFor = async (page: import('@playwright/test').Page, link: import('@playwright/test').Locator) => {
  const describedBy = (await link.getAttribute('aria-describedby'))!;
  return page.locator(`.va-cite-card:has(#${describedBy})`);
};

test('hovering a citation shows its source in place, with a link to the entry; Escape hides it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(PAGE);
  const link = page.locator('a.va-cite-link').nth(3);
  const key = (await link.getAttribute('href'))!.split('#')[1]!;
  const card = await cardFor(page, link);
  await expect(card).toBeHidden();
  await link.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('.');
  await expect(card.getByRole('link', { name: 'Open the entry in the bibliography' })).toHaveAttribute(
    'href',
    `/reference/bibliography/#${key}`,
  );
  // The pointer can move onto the card (WCAG 1.4.13: hoverable) and follow its link.
  await card.getByRole('link').hover();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await card.page().mouse.move(5, 5);
  await expect(card).toBeHidden();
  expect(errors).toEqual([]);
});

test('focusing a citation by keyboard shows its source and describes the link; Escape hides it and keeps focus', async ({
  page,
}) => {
  await page.goto(PAGE);
  const link = page.locator('a.va-cite-link').first();
  const card = await cardFor(page, link);
  await link.focus();
  await expect(card).toBeVisible();
  const reference = (await card.locator('p').first().textContent())!.trim();
  await expect(link).toHaveAccessibleDescription(reference.replace(/\s+/g, ' '));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reference\/bibliography\/#/);
});

test('on a phone, a first tap shows the source inside the screen and a second tap opens the entry', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(PAGE);
  for (const n of [0, 5]) {
    const link = page.locator('a.va-cite-link').nth(n);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const card = await cardFor(page, link);
    await expect(card).toBeVisible();
    expect(page.url()).toContain(PAGE);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }
  const link = page.locator('a.va-cite-link').nth(5);
  const href = (await link.getAttribute('href'))!;
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  await context.close();
});

test('without JavaScript a citation link still goes to its bibliography entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const link = page.locator('a.va-cite-link').first();
  await expect(page.locator('.va-cite-card').first()).toBeHidden();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.split('#')[1]}$`));
  await expect(page.locator(`li[id="${href.split('#')[1]}"]`)).toBeVisible();
  await context.close();
});

test.describe('bibliography', () => {
  const BIB = '/reference/bibliography/';

  test('highlights the entry a citation points at', async ({ page }) => {
    await page.goto(`${BIB}#barham2003xen`);
    const target = page.locator('li#barham2003xen');
    const other = page.locator('.va-bibliography > li:not(#barham2003xen)').first();
    await expect(target).toBeInViewport();
    expect(await target.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(await other.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
  });

  test('gives each entry its BibTeX as written, as a file and with a copy button', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${BIB}#barham2003xen`);
    const entry = page.locator('li#barham2003xen');
    const file = entry.getByRole('link', { name: 'BibTeX entry barham2003xen' });
    const response = await page.request.get(new URL((await file.getAttribute('href'))!, page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(
      /^@inproceedings\{barham2003xen,\n {2}author {4}= \{Barham, Paul and/,
    );
    // The copy button belongs to the entry in view: the one targeted, hovered or holding focus.
    await expect(page.locator('li#kivity2007kvm').getByRole('button', { name: /Copy BibTeX/ })).toBeHidden();
    await entry.locator('.va-bib-cited a').last().focus();
    await page.keyboard.press('Tab');
    await expect(entry.getByRole('button', { name: /Copy BibTeX/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@inproceedings\{barham2003xen,/,
    );
    await context.close();
  });

  test('says "BibTeX: bibliography.bib" with its space', async ({ page }) => {
    await page.goto(BIB);
    await expect(page.locator('.sl-markdown-content')).toContainText(
      'Download them all as BibTeX: bibliography.bib.',
    );
  });

  for (const js of [false, true]) {
    test(`filters by tier ${js ? 'with' : 'without'} JavaScript, one choice per tier`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(BIB);
      const all = await page.locator('.va-bibliography > li').count();
      await expect(page.locator('.va-bibliography > li:visible')).toHaveCount(all);
      for (const tier of SOURCE_TIERS) {
        const radio = page.getByRole('radio', { name: new RegExp(`^${TIER_LABELS[tier]} \\(\\d+\\)$`) });
        await radio.check();
        const count = Number(/\((\d+)\)/.exec((await radio.locator('..').textContent())!)![1]);
        await expect(page.locator('.va-bibliography > li:visible')).toHaveCount(count);
        await expect(page.locator(`.va-bibliography > li[data-tier="${tier}"]`)).toHaveCount(count);
        if (js) await expect(page).toHaveURL(new RegExp(`[?&]tier=${tier}(&|$)`));
      }
      await page.getByRole('radio', { name: /^All sources/ }).check();
      await expect(page.locator('.va-bibliography > li:visible')).toHaveCount(all);
      await context.close();
    });
  }

  test('restores a shared filter, and never hides the entry named in the address', async ({ page }) => {
    await page.goto(`${BIB}?tier=tertiary`);
    await expect(page.getByRole('radio', { name: /^Tertiary/ })).toBeChecked();
    await page.goto(`${BIB}?tier=tertiary#barham2003xen`);
    await expect(page.locator('li#barham2003xen')).toBeVisible();
  });
});
