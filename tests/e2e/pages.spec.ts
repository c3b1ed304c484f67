import { expect, test } from '@playwright/test';
import { sitemapPaths, watchErrors } from './site';

/**
 * Visits every page in the sitemap: status 200, and no console or page error (CSP violations
 * included). Links and #fragments are checked elsewhere, once: written links at build time by
 * starlight-links-validator, and every link in the built HTML by `npm run check:site`.
 */
test('every sitemap page loads cleanly', async ({ page, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const paths = await sitemapPaths(baseURL!);
  const problems: string[] = [];
  for (const path of paths) {
    const errors = watchErrors(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), `${path} status`).toBe(200);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    problems.push(...errors.map((e) => `${path}: ${e}`));
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(paths.length).toBeGreaterThan(3);
});
