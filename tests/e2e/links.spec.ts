import { expect, test } from '@playwright/test';
import { sitemapPaths, watchErrors } from './site';

/**
 * Visits every page in the sitemap: no console or page error, and every internal link leads to a
 * page that exists and, for `#fragment` links, to an element with that id.
 */
test('every sitemap page loads cleanly and has no broken internal link or fragment', async ({
  page,
  baseURL,
  request,
}) => {
  test.setTimeout(10 * 60_000);
  const paths = await sitemapPaths(baseURL!);
  const idsByPath = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  const problems: string[] = [];

  for (const path of paths) {
    const errors = watchErrors(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), `${path} status`).toBe(200);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    }));
    idsByPath.set(path, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    problems.push(...errors.map((e) => `${path}: ${e}`));
  }

  const origin = new URL(baseURL!).origin;
  const checked = new Map<string, number>();
  for (const { from, href } of links) {
    const url = new URL(href, origin + from);
    if (url.origin !== origin) {
      if (!/^(https?:|mailto:)/.test(url.protocol)) problems.push(`${from}: odd link ${href}`);
      continue;
    }
    const target = url.pathname;
    if (!idsByPath.has(target)) {
      if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
      if (checked.get(target) !== 200) {
        problems.push(`${from}: broken link ${href} (${checked.get(target)})`);
        continue;
      }
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && idsByPath.has(target) && !idsByPath.get(target)!.has(fragment)) {
      problems.push(`${from}: link ${href} points at a missing #${fragment}`);
    }
  }
  const unique = [...new Set(problems)];
  expect(unique, unique.join('\n')).toEqual([]);
  expect(paths.length).toBeGreaterThan(3);
});
