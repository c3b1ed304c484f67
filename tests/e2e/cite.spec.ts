import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
/** The public address the site was built for (README, "Deploy"), if any. */
const publicSite = process.env.SITE_URL?.trim().replace(/\/$/, '');

test('every page offers "Cite this page" in APA and BibTeX, without JavaScript', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(5 * 60_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const block = page.locator('section.va-cite-page');
    await expect(block.getByRole('heading', { name: 'Cite this page' }), path).toBeVisible();
    const title = (await page.locator('h1').first().textContent())!.trim();
    // CSL sets apostrophes typographically.
    const apa = (await block.locator('.va-cite-apa').textContent())!.replace(/’/g, "'");
    const url = await block.locator('dd a').first().getAttribute('href');
    const expectedUrl = `${publicSite ?? 'http://127.0.0.1:4321'}${path}`;
    if (!apa.startsWith('Virtualization Atlas contributors. (')) problems.push(`${path}: APA author: ${apa}`);
    if (!apa.includes(`${title} [Version ${version}]. Virtualization Atlas. ${expectedUrl}`))
      problems.push(`${path}: APA reference: ${apa}`);
    if (url !== expectedUrl) problems.push(`${path}: stable URL ${url}`);
    const bibtex = (await block.locator('#va-cite-bibtex').textContent())!;
    if (!/^@misc\{VirtualizationAtlas-[\w-]+,/.test(bibtex)) problems.push(`${path}: BibTeX key: ${bibtex}`);
    if (!bibtex.includes(`url = {${expectedUrl}}`)) problems.push(`${path}: BibTeX url`);
    if (!bibtex.includes(`Version ${version}; last reviewed `)) problems.push(`${path}: BibTeX note`);
    const reviewed = await block.locator('time').getAttribute('datetime');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed ?? '')) problems.push(`${path}: last reviewed ${reviewed}`);
    if ((await block.locator('button.va-copy:visible').count()) !== 0)
      problems.push(`${path}: copy button without JS`);
  }
  await context.close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the last-reviewed date is the date of the page’s last commit', async ({ page }) => {
  const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content/docs/technologies/kvm.mdx'], {
    encoding: 'utf8',
  }).trim();
  await page.goto('/technologies/kvm/');
  await expect(page.locator('.va-cite-page time')).toHaveAttribute('datetime', date);
  await expect(page.locator('.va-cite-page .va-cite-apa')).toContainText(
    `(${new Date(date).getUTCFullYear()}, `,
  );
});

test('the copy buttons copy the reference and say so', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/technologies/xen/');
  const block = page.locator('section.va-cite-page');
  await block.getByRole('button', { name: 'Copy the APA reference' }).click();
  await expect(block.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    (await block.locator('.va-cite-apa').textContent())!.trim(),
  );
  await block.locator('summary', { hasText: 'BibTeX' }).click();
  await block.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^@misc\{VirtualizationAtlas-technologies-xen,/,
  );
  await context.close();
});

test('no page claims a canonical URL or og:url unless the build has a public address', async ({
  page,
  baseURL,
}) => {
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const canonical = page.locator('link[rel="canonical"]');
    const ogUrl = page.locator('meta[property="og:url"]');
    if (publicSite) {
      await expect(canonical).toHaveAttribute('href', `${publicSite}${path}`);
      await expect(ogUrl).toHaveAttribute('content', `${publicSite}${path}`);
    } else {
      await expect(canonical, path).toHaveCount(0);
      await expect(ogUrl, path).toHaveCount(0);
    }
    expect(await page.content()).not.toContain('virtualization-atlas.example');
  }
});

test('headings have anchor links a reader can see and copy', async ({ page }) => {
  await page.goto('/technologies/kvm/');
  const anchor = page.locator('.sl-heading-wrapper:has(h2#architecture) a.sl-anchor-link');
  await expect(anchor).toHaveAttribute('href', '#architecture');
  await expect(anchor).toHaveAccessibleName(/Architecture/);
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await anchor.click();
  await expect(page).toHaveURL(/#architecture$/);
});
