/** Small inline content fixtures shared by the unit tests. */
export const bib = `
@inproceedings{barham2003xen,
  author = {Barham, Paul and Dragovic, Boris and Fraser, Keir},
  title = {Xen and the Art of Virtualization},
  booktitle = {SOSP},
  year = {2003},
  url = {https://doi.org/10.1145/945445.945462},
  tier = {primary}
}
@online{kernelnewbies2620,
  organization = {Kernelnewbies},
  title = {Linux 2.6.20},
  year = {2007},
  url = {https://kernelnewbies.org/Linux_2_6_20},
  tier = {secondary}
}
`;

export const technologies = `
- id: kvm
  name: KVM
  kind: hypervisor
  summary: A kernel module that turns Linux into a hypervisor.
  dates: { first: '2006', sources: [kernelnewbies2620], evidence: [{ source: kernelnewbies2620, quote: 'KVM, announced in October 2006', locator: 'summary' }] }
  upstream:
    status: mainline
    merged: { version: '2.6.20', date: '2007-02', sources: [kernelnewbies2620], evidence: [{ source: kernelnewbies2620, quote: 'Linux 2.6.20 released', locator: 'title' }] }
- id: xen
  name: Xen
  kind: hypervisor
  summary: A type-1 hypervisor with a privileged domain.
  dates: { first: '2003', sources: [barham2003xen], evidence: [{ source: barham2003xen, quote: 'SOSP 2003, Bolton Landing', locator: 'first page' }] }
  upstream: { status: out-of-tree }
  related: [kvm]
`;

export const glossary = `
- id: dom0
  term: dom0
  definition: The privileged Xen domain that runs the management tools and usually the drivers.
  page: /technologies/xen/
  technologies: [xen]
  sources: [barham2003xen]
`;

export const timeline = `
- id: kvm-merge
  date: '2007-02'
  title: KVM ships in Linux 2.6.20
  kind: merge
  systems: [kvm]
  detail: The first kernel release with KVM.
  sources: [kernelnewbies2620]
  evidence: [{ source: kernelnewbies2620, quote: 'released 4 February 2007', locator: 'title' }]
`;

export const facts = `
- id: kvm-merged-version
  value: '2.6.20'
  sources: [kernelnewbies2620]
  evidence: [{ source: kernelnewbies2620, quote: 'Linux 2.6.20 includes KVM', locator: 'summary' }]
`;

/** The files of a valid content folder, keyed by path relative to content/. */
export const validFiles = (): Record<string, string | undefined> => ({
  'data/technologies.yaml': technologies,
  'data/glossary.yaml': glossary,
  'data/timeline.yaml': timeline,
  'data/facts.yaml': facts,
  'data/stack.yaml': '',
  'references/test.bib': bib,
});
