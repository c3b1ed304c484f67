import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each. */
async function violations(page: Page, where: string): Promise<string[]> {
  // Measure the page at rest: a fade still running would read as low contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`every page has zero axe violations in the ${theme} theme`, async ({ browser, baseURL }) => {
    test.setTimeout(15 * 60_000);
    const context = await browser.newContext({ colorScheme: theme });
    // Starlight follows the system scheme unless a choice is stored: store this theme explicitly.
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of await sitemapPaths(baseURL!)) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      failures.push(...(await violations(page, path)));
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });

  test(`open widgets have zero axe violations in the ${theme} theme`, async ({ browser }) => {
    test.setTimeout(5 * 60_000);
    const failures: string[] = [];
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 844 } });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();

      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      await page
        .getByRole('dialog', { name: 'Search' })
        .getByRole('textbox', { name: 'Search' })
        .fill('banana');
      await expect(page.locator('[data-when="none"]')).toBeVisible({ timeout: 15_000 });
      failures.push(...(await violations(page, `${width}px search, no results`)));
      await page
        .getByRole('dialog', { name: 'Search' })
        .getByRole('textbox', { name: 'Search' })
        .fill('dom0');
      await expect(page.locator('.pagefind-ui__message')).toContainText('results for dom0', {
        timeout: 15_000,
      });
      // Pagefind's grey loading placeholders are decorative and gone once the results are in.
      await expect(page.locator('.pagefind-ui__loading')).toHaveCount(0, { timeout: 15_000 });
      failures.push(...(await violations(page, `${width}px search, results`)));

      await page.goto('/technologies/xen/');
      await page.locator('a.va-cite-link').first().focus();
      await expect(page.locator('.va-cite-card:popover-open')).toHaveCount(1);
      failures.push(...(await violations(page, `${width}px citation card`)));
      await page.locator('.va-term-link').first().focus();
      failures.push(...(await violations(page, `${width}px glossary tooltip`)));

      await page.goto('/reference/bibliography/#barham2003xen');
      await page
        .locator('li#barham2003xen')
        .getByRole('button', { name: /Copy BibTeX/ })
        .click();
      failures.push(...(await violations(page, `${width}px bibliography entry, BibTeX copied`)));

      if (width === 390) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await expect(page.locator('#starlight__sidebar')).toBeVisible();
        failures.push(...(await violations(page, `${width}px phone menu`)));
      }
      await context.close();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
