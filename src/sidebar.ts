/**
 * The site's navigation, grouped the way readers approach the subject. Starlight's `autogenerate`
 * reads only src/content/docs, and this site's pages live in content/docs, so the sidebar lists the
 * pages itself: planFromFiles() reads content/docs when the build starts, and a page added to a
 * section's folder appears in its group (and in previous/next order) with no change here.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { planFromFiles } from './navigation/config-plan';
import { pageHref, type SectionPlan } from './navigation/plan';

type SidebarItems = NonNullable<StarlightUserConfig['sidebar']>;
type SidebarItem = SidebarItems[number];

const links = (pages: SectionPlan['groups'][number]['pages']): SidebarItem[] =>
  pages.map((p) => ({ slug: p.slug }));

/** The sidebar for a plan: a home link, then one group per section. */
export function sidebarFor(plan: readonly SectionPlan[]): SidebarItems {
  return [
    { label: 'Start here', link: pageHref('index') },
    ...plan.map((s): SidebarItem => {
      const overview: SidebarItem[] = s.overview
        ? [{ label: s.overview.linkLabel, link: s.overview.href }]
        : [];
      const items: SidebarItem[] = s.nested
        ? s.groups.map((g) => ({ label: g.label, items: links(g.pages) }))
        : s.groups.flatMap((g) => links(g.pages));
      return { label: s.label, items: [...overview, ...items] };
    }),
  ];
}

/** The sidebar of the site as it is on disk now. */
export const sidebar = sidebarFor(planFromFiles());
