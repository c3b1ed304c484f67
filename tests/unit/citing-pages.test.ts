import { describe, expect, it } from 'vitest';
import {
  collectSourceKeys,
  docPathToUrl,
  frontmatterTitle,
  indexCitingPages,
} from '../../src/lib/citing-pages';

describe('citing pages', () => {
  it('maps doc paths to trailing-slash URLs', () => {
    expect(docPathToUrl('technologies/kvm.mdx')).toBe('/technologies/kvm/');
    expect(docPathToUrl('history/index.mdx')).toBe('/history/');
    expect(docPathToUrl('index.mdx')).toBe('/');
  });

  it('reads the title from front matter', () => {
    expect(frontmatterTitle('---\ntitle: "KVM"\ndescription: x\n---\nbody')).toBe('KVM');
  });

  it('lists each page once per key, sorted by title, including data-driven pages', () => {
    const index = indexCitingPages(
      [
        { path: 'technologies/xen.mdx', src: '---\ntitle: Xen\n---\nA [@b]. B [@b; @a].' },
        { path: 'technologies/kvm.mdx', src: '---\ntitle: KVM\n---\nC [@b].' },
      ],
      [{ page: { url: '/compare/matrix/', title: 'Comparison matrix' }, keys: ['a'] }],
    );
    expect(index.get('b')?.map((p) => p.url)).toEqual(['/technologies/kvm/', '/technologies/xen/']);
    expect(index.get('a')?.map((p) => p.title)).toEqual(['Comparison matrix', 'Xen']);
  });

  it('collects keys from nested sources arrays only', () => {
    expect(collectSourceKeys([{ id: 'x', sources: ['a'], cells: [{ sources: ['b'], value: 'c' }] }])).toEqual(
      ['a', 'b'],
    );
  });
});
