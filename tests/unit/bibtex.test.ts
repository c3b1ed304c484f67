import { describe, expect, it } from 'vitest';
import { displayName, labelName, parseBibtex } from '../../src/lib/bibtex';

const one = (src: string) => {
  const { entries, problems } = parseBibtex(src);
  expect(problems).toEqual([]);
  return entries[0]!;
};

describe('parseBibtex', () => {
  it('reads braced, quoted and bare values and keeps the entry as written', () => {
    const src = `@Article{popek1974formal,
      title = {Formal Requirements for {Virtualizable} Third Generation Architectures},
      journal = "Communications of the ACM",
      year = 1974,
    }`;
    const e = one(src);
    expect(e).toMatchObject({
      type: 'article',
      key: 'popek1974formal',
      line: 1,
      fields: {
        title: 'Formal Requirements for Virtualizable Third Generation Architectures',
        journal: 'Communications of the ACM',
        year: '1974',
      },
    });
    expect(e.source).toBe(src);
  });

  it('decodes accents in names, so "Mat{\\\'i}as" reads Matías', () => {
    const e = one(
      `@misc{x, author = {Mat{\\'i}as, Jos{\\'e} and P{\\"o}tzl, Herbert}, title = {T}, year = {2007}}`,
    );
    expect(e.authors.map(displayName)).toEqual(['José Matías', 'Herbert Pötzl']);
  });

  it('keeps name particles with the family name', () => {
    const e = one(`@misc{x, author = {van der Berg, Jan and de la Cruz, Ana}, title = {T}, year = {2007}}`);
    expect(e.authors.map(displayName)).toEqual(['Jan van der Berg', 'Ana de la Cruz']);
    expect(e.authors.map(labelName)).toEqual(['van der Berg', 'de la Cruz']);
  });

  it('keeps a braced organisation author whole', () => {
    const e = one(`@misc{x, author = {{Xen Project Advisory Board}}, title = {T}, year = {2007}}`);
    expect(e.authors).toEqual([{ literal: 'Xen Project Advisory Board' }]);
    expect(labelName(e.authors[0]!)).toBe('Xen Project Advisory Board');
  });

  it('decodes dashes and escaped ampersands, and leaves URLs verbatim', () => {
    const e = one(
      `@misc{x, title = {AT\\&T -- pages 164--177}, year = {2003}, url = {https://example.org/a_b%20c?x=1&y=~2}}`,
    );
    expect(e.fields.title).toBe('AT&T – pages 164–177');
    expect(e.fields.url).toBe('https://example.org/a_b%20c?x=1&y=~2');
  });

  it('keeps file order and reports the line of each entry', () => {
    const { entries } = parseBibtex(
      `% a comment\n@comment{ignored}\n@misc{b, title={B}, year={2001}}\n\n@misc{a, title={A}, year={2002}}`,
    );
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ['b', 3],
      ['a', 5],
    ]);
  });

  it('reports a broken entry with its line and drops it', () => {
    const { entries, problems } = parseBibtex(
      '@misc{ok, title={A}, year={2000}}\n\n@misc{x, title = {open, year={2000}}',
    );
    expect(entries.map((e) => e.key)).toEqual(['ok']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
  });
});
