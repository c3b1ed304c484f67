import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const SITE = 'Virtualization Atlas';

test('every page’s title names the page, then the site once; the home page is the site’s name alone', async ({
  page,
  baseURL,
}) => {
  const problems: string[] = [];
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const title = await page.title();
    const h1 = (await page.locator('h1').first().textContent())!.trim();
    const expected = h1 === SITE ? SITE : `${h1} | ${SITE}`;
    if (title !== expected) problems.push(`${path}: <title> is "${title}", expected "${expected}"`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no table of contents lists two entries of the same name', async ({ page, baseURL }) => {
  const problems: string[] = [];
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    for (const toc of ['starlight-toc', 'mobile-starlight-toc']) {
      const names = (await page.locator(`${toc} a`).allTextContents()).map((t) => t.trim());
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      if (twice.length) problems.push(`${path} ${toc}: ${twice.join(', ')} twice`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
  await page.goto('/technologies/kvm/');
  await expect(page.locator('starlight-toc a').first()).toHaveText('KVM');
  await expect(page.locator('starlight-toc a[href="#overview"]')).toHaveText('Overview');
});
