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

/** Collects console errors and uncaught page errors while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
