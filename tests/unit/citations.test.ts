import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../src/lib/bibtex';
import { extractCiteKeys, formatReference, shortLabel, uniqueLabels } from '../../src/lib/citations';
import type { BibEntry } from '../../src/schemas/bibliography';

/** Parses one BibTeX entry into the validated shape the site uses. */
const entry = (bib: string): BibEntry => {
  const raw = parseBibtex(bib).entries[0]!;
  return { ...raw, file: 'test.bib' } as BibEntry;
};

describe('citations', () => {
  it('labels one, two and many authors, organisations, and name particles', () => {
    expect(shortLabel(entry('@misc{k, author = {Russell, Rusty}, title = {t}, year = {2007}}'))).toBe(
      'Russell 2007',
    );
    expect(
      shortLabel(
        entry('@misc{k, author = {Popek, Gerald and Goldberg, Robert}, title = {t}, year = {1974}}'),
      ),
    ).toBe('Popek and Goldberg 1974');
    expect(
      shortLabel(
        entry(
          '@misc{k, author = {Barham, Paul and Dragovic, Boris and Fraser, Keir}, title = {t}, year = {2003}}',
        ),
      ),
    ).toBe('Barham et al. 2003');
    expect(shortLabel(entry('@online{k, organization = {Kernelnewbies}, title = {t}, year = {2007}}'))).toBe(
      'Kernelnewbies 2007',
    );
    expect(shortLabel(entry('@misc{k, author = {{Xen Project}}, title = {t}, year = {2005}}'))).toBe(
      'Xen Project 2005',
    );
    expect(shortLabel(entry('@misc{k, author = {van Doorn, Leendert}, title = {t}, year = {2006}}'))).toBe(
      'van Doorn 2006',
    );
    expect(shortLabel(entry("@misc{k, author = {Mat{\\'i}as, Jos{\\'e}}, title = {t}, year = {2010}}"))).toBe(
      'Matías 2010',
    );
  });

  it('formats authors, title, venue and year, with "and others" as et al.', () => {
    const r = formatReference(
      entry(`@inproceedings{k, title = {Xen and the Art of Virtualization}, year = {2003},
        author = {Barham, Paul and others}, booktitle = {SOSP}, pages = {164--177}}`),
    );
    expect(r).toMatchObject({
      authors: 'Paul Barham et al.',
      title: 'Xen and the Art of Virtualization',
      venue: 'SOSP, pp. 164–177',
      date: '2003',
    });
  });

  it('writes the date with the month spelled out, whether the file says oct, October or 10', () => {
    for (const month of ['oct', 'October', '{10}'])
      expect(
        formatReference(
          entry(`@misc{k, title = {t}, organization = {o}, year = {2006}, month = ${month}, day = {19}}`),
        ).date,
      ).toBe('19 October 2006');
    expect(formatReference(entry('@misc{k, title = {t}, organization = {o}, year = {2006}}')).date).toBe(
      '2006',
    );
  });

  it('extracts keys from single and grouped citations, ignoring ordinary brackets', () => {
    expect(extractCiteKeys('A [@a2000x]. B [@b2001y; @c2002z] and [not a cite] or a@b.c')).toEqual([
      'a2000x',
      'b2001y',
      'c2002z',
    ]);
  });
});

describe('uniqueLabels', () => {
  it('adds a, b, ... to entries whose labels would collide, in file order', () => {
    const e = (key: string, org: string, year: string) =>
      entry(`@manual{${key}, organization = {${org}}, title = {${key}}, year = {${year}}}`);
    const labels = uniqueLabels([
      e('g1', 'Xen Project', '2005'),
      e('other', 'LWN', '2007'),
      e('g2', 'Xen Project', '2005'),
    ]);
    expect([labels.get('g1'), labels.get('g2'), labels.get('other')]).toEqual([
      'Xen Project 2005a',
      'Xen Project 2005b',
      'LWN 2007',
    ]);
  });
});

describe('extractCiteKeys across lines', () => {
  it('finds a citation group that a line break splits', () => {
    expect(extractCiteKeys('as Creasy recalled [@creasy1981origin;\n@popek1974formal].')).toEqual([
      'creasy1981origin',
      'popek1974formal',
    ]);
  });
});
