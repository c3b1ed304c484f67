import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildAtlas } from '../../src/lib/atlas';
import remarkAtlas from '../../src/lib/remark-atlas';
import { validFiles } from './fixtures';

const atlas = buildAtlas(validFiles());

function render(markdown: string, frontmatter: Record<string, unknown> = {}): string {
  const file = new VFile({ path: `${process.cwd()}/content/docs/test.mdx`, value: markdown });
  file.data = { astro: { frontmatter } };
  const html = unified()
    .use(remarkParse)
    .use(remarkAtlas, { atlas: () => atlas })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(file);
  return String(html);
}

describe('remarkAtlas', () => {
  it('links a citation to its bibliography entry with an author-year label', () => {
    const html = render('Xen came first [@barham2003xen].');
    expect(html).toContain('<a href="/reference/bibliography/#barham2003xen"');
    expect(html).toContain('>Barham et al. 2003</a>');
  });

  it('renders several keys in one bracket', () => {
    const html = render('Both [@barham2003xen; @kernelnewbies2620].');
    expect(html.match(/va-cite-link/g)).toHaveLength(2);
  });

  it('fails the build on an unknown key, naming file and line', () => {
    expect(() => render('Intro.\n\nBad [@nosuch1999].')).toThrow(
      /content\/docs\/test\.mdx: line 3: unknown citation key "nosuch1999"/,
    );
  });

  it('turns term links into glossary links with a tooltip described by id', () => {
    const html = render('The [privileged domain](term:dom0) runs drivers.');
    expect(html).toContain('href="/reference/glossary/#dom0"');
    expect(html).toMatch(/aria-describedby="va-tip-dom0-1"/);
    expect(html).toMatch(
      /<span class="va-tip" id="va-tip-dom0-1" role="tooltip" data-pagefind-ignore="">The privileged Xen domain/,
    );
  });

  it('fails on an unknown glossary term', () => {
    expect(() => render('A [thing](term:nosuch).')).toThrow(/unknown glossary term "nosuch"/);
  });

  it('renders shared facts and fails on unknown ones', () => {
    const html = render('KVM shipped in Linux [](fact:kvm-merged-version).');
    expect(html.replace(/<[^>]+>/g, '')).toMatch(/^KVM shipped in Linux 2\.6\.20Evidence: “/);
    // The value links to the source of its evidence, which describes it as a tooltip.
    const fact = atlas.facts.find((f) => f.id === 'kvm-merged-version')!;
    expect(html).toContain(`<a href="/reference/bibliography/#${fact.evidence[0]!.source}"`);
    expect(html).toMatch(/aria-describedby="va-fact-kvm-merged-version-1">2\.6\.20<\/a>/);
    expect(html).toContain(fact.evidence[0]!.quote.trim());
    expect(() => render('[](fact:nope)')).toThrow(/unknown fact "nope"/);
  });

  it('fails on an unknown technology id in front matter', () => {
    expect(() => render('Text.', { technologies: ['kvm', 'vmware'] })).toThrow(
      /field "technologies": unknown technology id "vmware"/,
    );
  });

  it('fills an empty References section with the cited sources in citation order', () => {
    const html = render(
      'One [@kernelnewbies2620]. Two [@barham2003xen]. Again [@kernelnewbies2620].\n\n## References\n',
    );
    const list = html.slice(html.indexOf('<h2>References</h2>'));
    expect(list.indexOf('Linux 2.6.20')).toBeLessThan(list.indexOf('Xen and the Art'));
    expect(list.match(/<li>/g)).toHaveLength(2);
  });
});
