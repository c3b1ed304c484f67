/** Starlight route middleware (configured as `routeMiddleware`): applies ./fixes.ts to every page. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { configuredSite } from '../site-address';
import { dedupeOverview, dedupeTitle, dropPretendUrls } from './fixes';

/** Runs after Starlight has built the route data of a page. */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const title = route.entry.data.title;
  route.head = dropPretendUrls(dedupeTitle(route.head, title, route.siteTitle), Boolean(configuredSite()));
  if (route.toc) route.toc = dedupeOverview(route.toc, title);
});
