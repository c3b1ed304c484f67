/**
 * Small corrections to Starlight's route data, as pure functions (applied in ./index.ts):
 * the home page's title, the table of contents' "Overview", and URLs that would pretend to be
 * canonical on a build without a public address.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Head = StarlightRouteData['head'];
type Toc = NonNullable<StarlightRouteData['toc']>;

/**
 * The `<title>` of a page: Starlight writes "Title | Site"; on the page whose title is the site's
 * name (the home page) that would say the name twice, so it says it once.
 */
export function dedupeTitle(head: Head, pageTitle: string, siteTitle: string): Head {
  if (pageTitle.trim() !== siteTitle.trim()) return head;
  return head.map((h) => (h.tag === 'title' ? { ...h, content: siteTitle } : h));
}

/**
 * Starlight adds an "Overview" entry for the top of the page to every table of contents. On a page
 * with its own "Overview" heading that makes two entries of the same name: the top one then takes
 * the page's title instead.
 */
export function dedupeOverview(toc: Toc, pageTitle: string): Toc {
  const [top, ...rest] = toc.items;
  if (!top || top.slug !== '_top') return toc;
  const label = top.text.trim().toLowerCase();
  if (!rest.some((i) => i.text.trim().toLowerCase() === label)) return toc;
  return { ...toc, items: [{ ...top, text: pageTitle }, ...rest] };
}

/** Leaves out the canonical link and og:url when the build has no public address. */
export function dropPretendUrls(head: Head, hasPublicAddress: boolean): Head {
  if (hasPublicAddress) return head;
  return head.filter(
    (h) =>
      !(h.tag === 'link' && h.attrs?.rel === 'canonical') &&
      !(h.tag === 'meta' && h.attrs?.property === 'og:url'),
  );
}
