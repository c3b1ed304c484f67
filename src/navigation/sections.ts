/**
 * The sections of the site, in sidebar order: the folder under content/docs each one lists, what
 * its overview page says, and how its pages are grouped. A page added to one of these folders
 * appears in the sidebar and on the section's overview page without a change here: pages not named
 * in a curated group fall into the section's last group. A folder not listed here still gets a
 * sidebar group of its own (see planSections), so no page can be left out.
 */

/** How a section groups its pages: curated lists of slugs (without the folder), or by technology. */
export type SectionGrouping =
  { kind: 'curated'; groups: { label: string; slugs: string[] }[]; rest: string } | { kind: 'technologies' };

/** One section of the site. */
export interface SectionDefinition {
  /** The folder under content/docs, and the URL segment of the section. */
  dir: string;
  /** The sidebar group's label and the overview page's title. */
  label: string;
  /** The label of the link to the overview page in the sidebar; no overview page when absent. */
  overviewLink?: string;
  /** The overview page's lead sentence and meta description. */
  intro: string;
  grouping: SectionGrouping;
}

/** The five systems the atlas is about, in the order the site names them. */
export const SUBJECTS = ['kvm', 'xen', 'openvz', 'linux-vserver', 'paravirt-ops'] as const;

/**
 * The last year of the atlas's starting point (KVM and paravirt_ops were merged in December 2006
 * and released in 2007): a technology that existed by then is context; a later one is today's.
 */
export const CONTEXT_UNTIL_YEAR = 2007;

/** Labels of the three groups of technology pages. */
export const TECHNOLOGY_GROUP_LABELS = {
  subjects: 'The 2006 five',
  context: 'Context',
  today: "Today's systems",
} as const;

/** Every section, in sidebar order. */
export const SECTIONS: readonly SectionDefinition[] = [
  {
    dir: 'technologies',
    label: 'Technologies',
    overviewLink: 'All technologies',
    intro:
      'One page for each system: the five that Linux had in front of it in December 2006, the context around them, and the systems that run virtual machines and containers today.',
    grouping: { kind: 'technologies' },
  },
  {
    dir: 'concepts',
    label: 'Concepts',
    overviewLink: 'All concepts',
    intro:
      'The ideas underneath every system in the atlas: what makes a machine virtualizable, and how the processor, memory and devices are shared out.',
    grouping: {
      kind: 'curated',
      groups: [
        { label: 'Foundations', slugs: ['taxonomy', 'popek-goldberg'] },
        {
          label: 'Virtualizing the machine',
          slugs: ['cpu-virtualization', 'memory-virtualization', 'io-virtualization'],
        },
        { label: 'Sharing one kernel', slugs: ['os-level-isolation'] },
      ],
      rest: 'More concepts',
    },
  },
  {
    dir: 'history',
    label: 'History',
    intro: 'How the systems in the atlas came about, year by year.',
    grouping: { kind: 'curated', groups: [], rest: 'History' },
  },
  {
    dir: 'compare',
    label: 'Compare',
    overviewLink: 'All comparisons',
    intro:
      'The systems side by side: question by question, over time, in published numbers, and for a decision.',
    grouping: {
      kind: 'curated',
      groups: [
        { label: 'Feature by feature', slugs: ['matrix', 'side-by-side'] },
        { label: 'Over time and in numbers', slugs: ['timeline', 'benchmarks'] },
        { label: 'Choosing', slugs: ['decision-guide'] },
      ],
      rest: 'More comparisons',
    },
  },
  {
    dir: 'reference',
    label: 'Reference',
    overviewLink: 'All reference pages',
    intro: 'Where every source and every term of the atlas is listed, for checking and citing.',
    grouping: {
      kind: 'curated',
      groups: [{ label: 'Sources and terms', slugs: ['bibliography', 'glossary'] }],
      rest: 'More reference pages',
    },
  },
];
