import { describe, expect, it } from 'vitest';
import {
  checkQuery,
  markedWords,
  queryWords,
  type MatchEngine,
} from '../../src/components/search/search-notice';

/** A fake engine over a few pages' words; the ordinary search highlights words by prefix or typo. */
function engine(words: string[], highlighted: string[] = []): MatchEngine {
  return {
    countExact: async (w) => words.filter((x) => x === w.toLowerCase()).length,
    search: async () => ({ count: highlighted.length, highlighted }),
  };
}

describe('queryWords', () => {
  it('splits on spaces and strips quotes and punctuation around words, keeping those inside', () => {
    expect(queryWords(' "vmware esx",  2.6.20  hyper-v? dom0 dom0')).toEqual([
      'vmware',
      'esx',
      '2.6.20',
      'hyper-v',
      'dom0',
    ]);
  });
});

describe('checkQuery', () => {
  it('reports a word no page contains, even when typo tolerance lists pages', async () => {
    expect(await checkQuery('banana', engine(['xen'], ['15303ba5d1cd).']))).toEqual({
      words: ['banana'],
      missing: ['banana'],
      listed: 1,
    });
  });
  it('does not count a longer word that merely starts like a hyphenated one ("hyper-v" is not "hypervisor")', async () => {
    expect((await checkQuery('hyper-v', engine(['hypervisor'], ['hypervisors']))).missing).toEqual([
      'hyper-v',
    ]);
  });
  it('accepts the last word as a prefix while the reader is still typing it', async () => {
    expect((await checkQuery('virtualiz', engine(['virtualization'], ['virtualization']))).missing).toEqual(
      [],
    );
  });
  it('names only the missing words of a query that partly matches', async () => {
    expect((await checkQuery('dom0 banana', engine(['dom0'], ['dom0']))).missing).toEqual(['banana']);
  });
  it('reports nothing for an empty query', async () => {
    expect(await checkQuery('  ', engine([]))).toEqual({ words: [], missing: [], listed: 0 });
  });
});

describe('markedWords', () => {
  it('reads the highlighted words of a Pagefind excerpt', () => {
    expect(markedWords('the <mark>Xen</mark> and <mark>dom0 kernel</mark>')).toEqual([
      'Xen',
      'dom0',
      'kernel',
    ]);
  });
});
