import { describe, expect, it } from 'vitest';
import { citationKey, citePage, lastCommitDate } from '../../src/components/cite/page-citation';

const input = {
  title: 'KVM',
  path: '/technologies/kvm/',
  site: 'https://atlas.example.org',
  lastReviewed: '2025-06-03',
  version: '1.2.0',
};

describe('citePage', () => {
  const cite = citePage(input);
  it('formats an APA reference with the organisation as author, the date, the version and the URL', () => {
    expect(cite.apaText).toBe(
      'Virtualization Atlas contributors. (2025, June 3). KVM [Version 1.2.0]. Virtualization Atlas. https://atlas.example.org/technologies/kvm/',
    );
    expect(cite.apaHtml).toContain('<i>KVM</i>');
    expect(cite.apaHtml).not.toContain('csl-entry');
  });
  it('writes a BibTeX entry with a stable key, the organisation in braces, the URL and the version', () => {
    expect(cite.bibtex).toMatch(/^@misc\{VirtualizationAtlas-technologies-kvm,/);
    expect(cite.bibtex).toContain('author = {{Virtualization Atlas contributors}}');
    expect(cite.bibtex).toContain('url = {https://atlas.example.org/technologies/kvm/}');
    expect(cite.bibtex).toContain('note = {Version 1.2.0; last reviewed 2025-06-03}');
    expect(cite.bibtex).toContain('year = {2025}');
  });
  it('escapes what BibTeX would misread in a title', () => {
    const bibtex = citePage({ ...input, title: 'Xen & KVM' }).bibtex;
    expect(bibtex).toContain('\\&');
    expect(bibtex).not.toMatch(/[^\\]& /);
  });
});

describe('citationKey', () => {
  it('names the home page and nested pages readably', () => {
    expect(citationKey('/')).toBe('VirtualizationAtlas-home');
    expect(citationKey('/compare/side-by-side/')).toBe('VirtualizationAtlas-compare-side-by-side');
  });
});

describe('lastCommitDate', () => {
  it('reads the date of the last commit of a tracked file, and nothing for an untracked one', () => {
    expect(lastCommitDate('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastCommitDate('no/such/file.mdx')).toBeUndefined();
  });
});
