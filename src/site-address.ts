/**
 * The site's public address, configured once: the SITE_URL environment variable at build time
 * (README, "Deploy"). Without it the build is a local one: URLs that need an origin (the sitemap,
 * robots.txt, "Cite this page") use the local preview's address, and no page claims a canonical
 * URL or og:url, because none exists yet.
 */

/** The address `npm start` and `npm run preview` serve the site at. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The public address set for this build, without a trailing slash, or undefined if none is. */
export function configuredSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  const url = new URL(value); // throws on a malformed address: better than a broken canonical
  return url.href.replace(/\/$/, '');
}

/** The origin the build writes into absolute URLs: the public address, or the local one. */
export const buildSite = (env: Record<string, string | undefined> = process.env): string =>
  configuredSite(env) ?? LOCAL_SITE;
