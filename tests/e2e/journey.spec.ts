import { expect, test, type Page } from '@playwright/test';
import { isDerivedPage, sidebarPaths, sitemapPaths, watchErrors } from './site';

/** The internal pages a reader can see a link to on the current page, as paths. */
async function visibleLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]:not([data-preset])')
    .filter({ visible: true })
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [
    ...new Set(
      hrefs
        .flatMap((h) => (URL.canParse(h) ? [new URL(h)] : []))
        .filter((u) => u.origin === origin && u.pathname.endsWith('/'))
        .map((u) => u.pathname),
    ),
  ];
}

/** The first visible link on the page that goes to a path (fragments aside; relative links resolved). */
async function visibleLinkTo(page: Page, path: string) {
  const links = page.locator('a[href]').filter({ visible: true });
  const index = await links.evaluateAll(
    // A date preset is not followed with JavaScript on (it moves the date in place), so skip it.
    (as, p) =>
      as.findIndex(
        (a) => !a.hasAttribute('data-preset') && new URL((a as HTMLAnchorElement).href).pathname === p,
      ),
    path,
  );
  expect(index, `a visible link to ${path}`).toBeGreaterThanOrEqual(0);
  return links.nth(index);
}

test('a reader reaches every page in the sitemap within three clicks from the home page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(5 * 60_000);
  const targets = await sitemapPaths(baseURL!);
  // Breadth first over the links a reader can see, at most three clicks deep.
  const parent = new Map<string, string>([['/', '']]);
  let frontier = ['/'];
  for (let depth = 1; depth <= 3 && frontier.length; depth++) {
    const next: string[] = [];
    for (const from of frontier) {
      await page.goto(from);
      for (const to of await visibleLinks(page)) {
        if (parent.has(to)) continue;
        parent.set(to, from);
        next.push(to);
      }
    }
    frontier = next;
  }
  const unreachable = targets.filter((t) => !parent.has(t));
  expect(unreachable, `not reachable within three clicks: ${unreachable.join(', ')}`).toEqual([]);
  // Each page is reached by really clicking the link on the page before it.
  for (const target of targets.filter((t) => t !== '/')) {
    await page.goto(parent.get(target)!);
    await (await visibleLinkTo(page, target)).click();
    await expect(page).toHaveURL(new RegExp(`${target}(#.*)?$`));
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('every page’s sidebar links to every page, and previous/next walk them all in sidebar order', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(5 * 60_000);
  const paths = await sidebarPaths(baseURL!);
  const problems: string[] = [];
  // Derived pages (snapshots, evidence records) carry the same sidebar, with nothing marked current.
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const inSidebar = new Set(
      await page
        .locator('nav[aria-label="Main"] a[href]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    const missing = paths.filter((p) => !inSidebar.has(p));
    if (missing.length) problems.push(`${path}: sidebar lacks ${missing.join(', ')}`);
    if (isDerivedPage(path)) continue;
    await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]')).toHaveAttribute('href', path);
  }
  expect(problems, problems.join('\n')).toEqual([]);

  const walked = ['/'];
  await page.goto('/');
  for (let i = 0; i < paths.length + 1; i++) {
    const next = page.locator('.pagination-links a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    const here = new URL(page.url()).pathname;
    await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute('href', walked.at(-1)!);
    walked.push(here);
  }
  expect([...walked].sort()).toEqual(paths);
  expect(walked.slice(1, 3)).toEqual(['/technologies/', '/technologies/kvm/']);
});

test('at 390 px the phone menu lists every page and opens each of them', async ({ browser, baseURL }) => {
  test.setTimeout(5 * 60_000);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const paths = await sidebarPaths(baseURL!);
  await page.goto('/');
  const menuButton = page.getByRole('button', { name: 'Menu' });
  const menu = page.locator('#starlight__sidebar');
  await expect(menu).toBeHidden();
  for (const target of paths.filter((p) => p !== '/').concat('/')) {
    await menuButton.click();
    await expect(menu).toBeVisible();
    const link = menu.locator(`a[href="${target}"]`);
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, `${target} fits the screen`).toBeLessThanOrEqual(390);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(menu).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('by keyboard alone (Tab and Enter) a reader opens every page, with focus always visible', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(8 * 60_000);
  const paths = await sidebarPaths(baseURL!);
  await page.goto('/');
  for (const target of paths.filter((p) => p !== '/').concat('/')) {
    let found = false;
    for (let presses = 0; presses < 200 && !found; presses++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((t) => {
        const a = document.activeElement as HTMLAnchorElement | null;
        return a?.tagName === 'A' && new URL(a.href).pathname === t && !new URL(a.href).hash;
      }, target);
    }
    expect(found, `Tab reaches a link to ${target}`).toBe(true);
    const focus = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const s = getComputedStyle(a);
      return {
        visible: a.matches(':focus-visible'),
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      };
    });
    expect(focus, `focus on the link to ${target} is visible`).toEqual({ visible: true, outline: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  }
});
