import { describe, expect, it } from 'vitest';
import { docUrl, pageSources } from '../quality/page-sources.mjs';

describe('page sources', () => {
  it('maps a page file to its URL as the build does', () => {
    expect(docUrl('technologies/kvm.mdx')).toBe('/technologies/kvm/');
    expect(docUrl('history/index.mdx')).toBe('/history/');
    expect(docUrl('index.mdx')).toBe('/');
    expect(docUrl('404.mdx')).toBe('/404.html');
  });
  it('names the file a built page comes from, including overview pages rendered by a route', () => {
    const sourceOf = pageSources();
    expect(sourceOf('/technologies/kvm/')).toBe('content/docs/technologies/kvm.mdx');
    expect(sourceOf('/technologies/')).toBe('src/pages/[section]/index.astro');
  });
});
