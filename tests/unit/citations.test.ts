import { describe, expect, it } from 'vitest';
import { extractCiteKeys, formatReference, shortLabel, splitAuthors } from '../../src/lib/citations';
import type { BibEntry } from '../../src/schemas/bibliography';

const entry = (
  fields: Record<string, string> & { title: string; year: string },
  type: BibEntry['type'] = 'inproceedings',
): BibEntry => ({
  type,
  key: 'k',
  fields,
});

describe('citations', () => {
  it('turns "Last, First" author lists into display names', () => {
    expect(splitAuthors('Barham, Paul and Keir Fraser')).toEqual(['Paul Barham', 'Keir Fraser']);
  });

  it('labels one, two and many authors, and organizations', () => {
    expect(shortLabel(entry({ title: 't', year: '2007', author: 'Russell, Rusty' }))).toBe('Russell 2007');
    expect(
      shortLabel(entry({ title: 't', year: '1974', author: 'Popek, Gerald and Goldberg, Robert' })),
    ).toBe('Popek and Goldberg 1974');
    expect(
      shortLabel(
        entry({ title: 't', year: '2003', author: 'Barham, Paul and Dragovic, Boris and Fraser, Keir' }),
      ),
    ).toBe('Barham et al. 2003');
    expect(shortLabel(entry({ title: 't', year: '2007', organization: 'Kernelnewbies' }, 'online'))).toBe(
      'Kernelnewbies 2007',
    );
  });

  it('formats authors, title, venue and year', () => {
    const r = formatReference(
      entry({
        title: 'Xen and the Art of Virtualization',
        year: '2003',
        author: 'Barham, Paul and others',
        booktitle: 'SOSP',
        pages: '164–177',
      }),
    );
    expect(r).toMatchObject({
      authors: 'Paul Barham et al.',
      title: 'Xen and the Art of Virtualization',
      venue: 'SOSP, pp. 164–177',
      date: '2003',
    });
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
  it('adds a, b, ... to entries whose labels would collide, in file order', async () => {
    const { uniqueLabels } = await import('../../src/lib/citations');
    const e = (key: string, organization: string, year: string): BibEntry => ({
      type: 'manual',
      key,
      fields: { title: key, organization, year },
    });
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
