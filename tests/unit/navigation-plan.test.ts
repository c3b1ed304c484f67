import { describe, expect, it } from 'vitest';
import { collectionId } from '../../src/navigation/config-plan';
import { pagesInOrder, planSections, type NavPage, type NavTechnology } from '../../src/navigation/plan';
import { sidebarFor } from '../../src/sidebar';

const page = (slug: string, title = slug, technologies: string[] = [], order?: number): NavPage => ({
  slug,
  title,
  description: `About ${title}.`,
  technologies,
  order,
});
const tech = (id: string, first: string): NavTechnology => ({ id, page: `/technologies/${id}/`, first });

const technologies = [
  tech('kvm', '2006-10'),
  tech('xen', '2003-10'),
  tech('openvz', '2005'),
  tech('linux-vserver', '2001'),
  tech('paravirt-ops', '2006'),
  tech('qemu', '2003'),
  tech('lguest', '2007-01'),
  tech('firecracker', '2018-11'),
  tech('docker', '2013-03'),
];
const techPages = [
  'lguest',
  'xen',
  'firecracker',
  'qemu',
  'paravirt-ops',
  'kvm',
  'docker',
  'openvz',
  'linux-vserver',
].map((id) => page(`technologies/${id}`, id));

describe('planSections', () => {
  it('lists the 2006 five first, then the context by date, then today’s systems by date', () => {
    const [technologiesSection] = planSections(techPages, technologies);
    expect(technologiesSection!.groups.map((g) => [g.label, g.pages.map((p) => p.title)])).toEqual([
      ['The 2006 five', ['kvm', 'xen', 'openvz', 'linux-vserver', 'paravirt-ops']],
      ['Context', ['qemu', 'lguest']],
      ["Today's systems", ['docker', 'firecracker']],
    ]);
  });

  it('puts a technology page with no entry in the data among today’s systems rather than dropping it', () => {
    const [s] = planSections([...techPages, page('technologies/gvisor', 'gVisor')], technologies);
    expect(s!.groups.at(-1)!.pages.map((p) => p.title)).toContain('gVisor');
  });

  it('follows curated groups and appends pages it does not name to the last group', () => {
    const plan = planSections(
      [
        page('concepts/new-idea', 'A new idea'),
        page('concepts/taxonomy'),
        page('concepts/cpu-virtualization'),
      ],
      technologies,
    );
    const concepts = plan.find((s) => s.dir === 'concepts')!;
    expect(concepts.groups.map((g) => [g.label, g.pages.map((p) => p.slug)])).toEqual([
      ['Foundations', ['concepts/taxonomy']],
      ['Virtualizing the machine', ['concepts/cpu-virtualization']],
      ['More concepts', ['concepts/new-idea']],
    ]);
  });

  it('gives a folder it does not know a section of its own, after the known ones', () => {
    const plan = planSections(
      [page('reference/glossary'), page('case-studies/aws-nitro', 'AWS Nitro')],
      technologies,
    );
    expect(plan.map((s) => s.label)).toEqual(['Reference', 'Case studies']);
    expect(pagesInOrder(plan).map((p) => p.slug)).toEqual(['reference/glossary', 'case-studies/aws-nitro']);
  });

  it('leaves the home page and the 404 page out of every section, and a folder index leads its section', () => {
    const plan = planSections(
      [page('index'), page('404'), page('history/kvm-story'), page('history', 'History')],
      [],
    );
    expect(pagesInOrder(plan).map((p) => p.slug)).toEqual(['history', 'history/kvm-story']);
  });

  it('lets sidebar.order win within a group', () => {
    const plan = planSections(
      [page('reference/glossary', 'Glossary', [], 2), page('reference/bibliography', 'B', [], 1)],
      [],
    );
    expect(pagesInOrder(plan).map((p) => p.slug)).toEqual(['reference/bibliography', 'reference/glossary']);
  });
});

describe('sidebarFor', () => {
  it('starts with the home page and links each section’s overview page before its pages', () => {
    const sidebar = sidebarFor(planSections([...techPages, page('concepts/taxonomy')], technologies));
    expect(sidebar[0]).toEqual({ label: 'Start here', link: '/' });
    const tech = sidebar[1] as {
      label: string;
      items: { label?: string; link?: string; items?: unknown[] }[];
    };
    expect(tech.label).toBe('Technologies');
    expect(tech.items[0]).toEqual({ label: 'All technologies', link: '/technologies/' });
    expect(tech.items.slice(1).map((i) => i.label)).toEqual(['The 2006 five', 'Context', "Today's systems"]);
    expect(sidebar[2]).toEqual({
      label: 'Concepts',
      items: [{ label: 'All concepts', link: '/concepts/' }, { slug: 'concepts/taxonomy' }],
    });
  });
});

describe('collectionId', () => {
  it('gives the id the glob loader gives', () => {
    expect(collectionId('technologies/kvm.mdx')).toBe('technologies/kvm');
    expect(collectionId('history/index.mdx')).toBe('history');
    expect(collectionId('index.mdx')).toBe('index');
    expect(collectionId('Concepts/New Idea.md')).toBe('concepts/new-idea');
    expect(collectionId('concepts/x.mdx', 'elsewhere/y')).toBe('elsewhere/y');
  });
});
