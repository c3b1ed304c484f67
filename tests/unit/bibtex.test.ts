import { describe, expect, it } from 'vitest';
import { BibSyntaxError, cleanValue, parseBibtex } from '../../src/lib/bibtex';

describe('parseBibtex', () => {
  it('reads braced, quoted and bare values and nested braces', () => {
    const [e] = parseBibtex(`@Article{popek1974formal,
      title = {Formal Requirements for {Virtualizable} Third Generation Architectures},
      journal = "Communications of the ACM",
      year = 1974,
    }`);
    expect(e).toMatchObject({
      type: 'article',
      key: 'popek1974formal',
      fields: {
        title: 'Formal Requirements for Virtualizable Third Generation Architectures',
        journal: 'Communications of the ACM',
        year: '1974',
      },
    });
  });

  it('skips comments and keeps file order', () => {
    const entries = parseBibtex(
      `% a comment\n@comment{ignored}\n@misc{b, title={B}, year={2001}}\n@misc{a, title={A}, year={2002}}`,
    );
    expect(entries.map((e) => e.key)).toEqual(['b', 'a']);
  });

  it('reports unbalanced braces with a line number', () => {
    expect(() => parseBibtex('\n\n@misc{x, title = {open, year={2000}}')).toThrow(BibSyntaxError);
    expect(() => parseBibtex('\n\n@misc{x, title = {open, year={2000}}')).toThrow(/line 3/);
  });

  it('rejects a field given twice', () => {
    expect(() => parseBibtex('@misc{x, title={A}, title={B}}')).toThrow(/field title twice/);
  });
});

describe('cleanValue', () => {
  it('decodes accents, dashes and ampersands', () => {
    expect(cleanValue('P{\\"o}tzl, 164--177, AT\\&T')).toBe('Pötzl, 164–177, AT&T');
  });
});
