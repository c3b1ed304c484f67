import type { APIRoute } from 'astro';

/** robots.txt pointing crawlers at the sitemap of whatever origin the site is built for. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
