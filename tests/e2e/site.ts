import type { Page } from '@playwright/test';

/** Every page URL listed in the built sitemap, as paths (`/technologies/kvm/`). */
export async function sitemapPaths(baseURL: string): Promise<string[]> {
  const index = await (await fetch(`${baseURL}/sitemap-index.xml`)).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await fetch(`${baseURL}${map}`)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  if (paths.length === 0) throw new Error('the sitemap lists no pages');
  return paths.sort();
}

/**
 * Pages made from another page's data: dated snapshots of the matrix and the decision guide, and
 * the matrix's evidence records. They are linked from their page (and reached within three clicks)
 * but are not entries of the sidebar or of the previous/next walk.
 */
export const isDerivedPage = (path: string) =>
  /^\/compare\/(matrix|decision-guide)\/\d{4}(-\d{2}){0,2}\/$/.test(path) ||
  path.startsWith('/compare/matrix/evidence/');

/** The sitemap's pages that the sidebar lists. */
export async function sidebarPaths(baseURL: string): Promise<string[]> {
  return (await sitemapPaths(baseURL)).filter((p) => !isDerivedPage(p));
}

/**
 * Waits until every diagram on the page has started (its script loads after the page's `load`
 * event, when the browser is idle: see src/lib/defer-scripts.ts). A reader's first click can come
 * earlier; tests that drive a widget from its first state wait for this instead of racing it.
 */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-diagram]:not([data-enhanced])'));
}

/** Collects console errors and uncaught page errors while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Today as the site computes it (UTC), for checks of `data-at`. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Reads a YAML data file of the atlas (tests read the data instead of pinning values). */
export async function readData<T = unknown>(file: string): Promise<T> {
  const { readFileSync } = await import('node:fs');
  const { load } = await import('js-yaml');
  return load(readFileSync(`content/data/${file}`, 'utf8')) as T;
}

/** Every scrolling box inside `root` (overflow auto or scroll and actually overflowing), with its height. */
export async function scrollBoxes(page: Page, selector: string): Promise<{ tag: string; height: number }[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...root.querySelectorAll('*')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const scrolls = (o: string) => o === 'auto' || o === 'scroll';
          return (
            (scrolls(s.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
            (scrolls(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
          );
        })
        .map((el) => ({
          tag: `${el.tagName.toLowerCase()}.${el.className}`,
          height: el.getBoundingClientRect().height,
        })),
    ),
  );
}
