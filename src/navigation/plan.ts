/**
 * Plans the site's navigation from its pages: which section each page belongs to, in which group,
 * in what order. Pure: the sidebar (at config time, from the files) and the section overview pages
 * (at render time, from the content collection) both call it, so they always agree.
 */
import {
  CONTEXT_UNTIL_YEAR,
  SECTIONS,
  SUBJECTS,
  TECHNOLOGY_GROUP_LABELS,
  type SectionDefinition,
} from './sections';

/** What navigation needs to know about a page. */
export interface NavPage {
  /** The page's id in the docs collection: `technologies/kvm`, `history`, `index`. */
  slug: string;
  title: string;
  description: string;
  technologies: readonly string[];
  /** The front matter's `sidebar.order`, if any: it wins over the computed order within a group. */
  order?: number;
  /** The page's source file, relative to the project, when known. */
  file?: string;
}

/** What navigation needs to know about a technology (from content/data/technologies.yaml). */
export interface NavTechnology {
  id: string;
  page?: string;
  /** When it first appeared, as a partial date: `2006-10`, `2005`. */
  first: string;
}

/** A group of pages within a section. */
export interface PageGroup {
  label: string;
  pages: NavPage[];
}

/** A section with its pages, grouped and ordered. */
export interface SectionPlan {
  dir: string;
  label: string;
  intro: string;
  /** The overview page's URL, when the section has one. */
  overview?: { href: string; linkLabel: string };
  /** Whether the groups are meaningful enough to show as nested groups in the sidebar. */
  nested: boolean;
  groups: PageGroup[];
}

/** The URL of a page from its collection id. */
export const pageHref = (slug: string): string => (slug === 'index' ? '/' : `/${slug}/`);

/** The id of a group's heading on an overview page: `The 2006 five` → `the-2006-five`. */
export const groupId = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Pages that belong to no section: the home page and the 404 page. */
const OUTSIDE = new Set(['index', '404']);

const byOrderThenTitle = (a: NavPage, b: NavPage) =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'en');

/** The label of a folder the site does not know yet: `new-systems` → `New systems`. */
const labelOf = (dir: string) => {
  const words = dir.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function groupCurated(
  dir: string,
  pages: NavPage[],
  groups: { label: string; slugs: string[] }[],
  rest: string,
): PageGroup[] {
  const named = new Set(groups.flatMap((g) => g.slugs.map((s) => `${dir}/${s}`)));
  const out = groups.map((g) => ({
    label: g.label,
    pages: g.slugs.flatMap((s) => pages.filter((p) => p.slug === `${dir}/${s}`)),
  }));
  // The folder's own index page (`history/index.mdx`, id `history`) leads the rest.
  const others = pages
    .filter((p) => !named.has(p.slug))
    .sort((a, b) => Number(b.slug === dir) - Number(a.slug === dir) || byOrderThenTitle(a, b));
  out.push({ label: rest, pages: others });
  return out.filter((g) => g.pages.length > 0);
}

function groupTechnologies(pages: NavPage[], technologies: readonly NavTechnology[]): PageGroup[] {
  const techOf = (p: NavPage) =>
    technologies.find((t) => t.page === pageHref(p.slug)) ??
    technologies.find((t) => t.id === p.technologies[0]);
  const year = (t: NavTechnology | undefined) => (t ? Number(t.first.slice(0, 4)) : Infinity);
  const subjects: NavPage[] = [];
  const context: NavPage[] = [];
  const today: NavPage[] = [];
  for (const p of pages) {
    const t = techOf(p);
    if (t && (SUBJECTS as readonly string[]).includes(t.id)) subjects.push(p);
    else if (year(t) <= CONTEXT_UNTIL_YEAR) context.push(p);
    else today.push(p);
  }
  const subjectRank = (p: NavPage) => (SUBJECTS as readonly string[]).indexOf(techOf(p)!.id);
  subjects.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || subjectRank(a) - subjectRank(b));
  const byDate = (a: NavPage, b: NavPage) =>
    (a.order ?? Infinity) - (b.order ?? Infinity) ||
    (techOf(a)?.first ?? '9999').localeCompare(techOf(b)?.first ?? '9999') ||
    a.title.localeCompare(b.title, 'en');
  return [
    { label: TECHNOLOGY_GROUP_LABELS.subjects, pages: subjects },
    { label: TECHNOLOGY_GROUP_LABELS.context, pages: context.sort(byDate) },
    { label: TECHNOLOGY_GROUP_LABELS.today, pages: today.sort(byDate) },
  ].filter((g) => g.pages.length > 0);
}

function planOne(
  def: SectionDefinition,
  pages: NavPage[],
  technologies: readonly NavTechnology[],
): SectionPlan {
  const groups =
    def.grouping.kind === 'technologies'
      ? groupTechnologies(pages, technologies)
      : groupCurated(def.dir, pages, def.grouping.groups, def.grouping.rest);
  return {
    dir: def.dir,
    label: def.label,
    intro: def.intro,
    overview: def.overviewLink ? { href: `/${def.dir}/`, linkLabel: def.overviewLink } : undefined,
    nested: def.grouping.kind === 'technologies',
    groups,
  };
}

/**
 * Every section with its pages: the known sections first, in their order, then one section for
 * each folder the site does not know yet. Sections with no pages are left out.
 */
export function planSections(
  pages: readonly NavPage[],
  technologies: readonly NavTechnology[],
  sections: readonly SectionDefinition[] = SECTIONS,
): SectionPlan[] {
  const byDir = new Map<string, NavPage[]>();
  for (const p of pages) {
    if (OUTSIDE.has(p.slug)) continue;
    const dir = p.slug.split('/')[0]!;
    byDir.set(dir, [...(byDir.get(dir) ?? []), p]);
  }
  const known = sections.map((s) => planOne(s, byDir.get(s.dir) ?? [], technologies));
  const unknown = [...byDir.keys()]
    .filter((dir) => !sections.some((s) => s.dir === dir))
    .sort()
    .map((dir) =>
      planOne(
        {
          dir,
          label: labelOf(dir),
          intro: '',
          grouping: { kind: 'curated', groups: [], rest: labelOf(dir) },
        },
        byDir.get(dir)!,
        technologies,
      ),
    );
  return [...known, ...unknown].filter((s) => s.groups.length > 0);
}

/** The pages of a plan in reading order (the order of the sidebar and of previous/next links). */
export const pagesInOrder = (plan: readonly SectionPlan[]): NavPage[] =>
  plan.flatMap((s) => s.groups.flatMap((g) => g.pages));
