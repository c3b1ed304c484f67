import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of results.violations) {
        failures.push(
          `${path}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
      }
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
