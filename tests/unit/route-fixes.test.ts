import { describe, expect, it } from 'vitest';
import { dedupeOverview, dedupeTitle, dropPretendUrls } from '../../src/route-data/fixes';

const head = [
  { tag: 'title', attrs: {}, content: 'Virtualization Atlas | Virtualization Atlas' },
  { tag: 'link', attrs: { rel: 'canonical', href: 'https://x.example/' }, content: '' },
  { tag: 'meta', attrs: { property: 'og:url', content: 'https://x.example/' }, content: '' },
  { tag: 'meta', attrs: { property: 'og:title', content: 'T' }, content: '' },
] as Parameters<typeof dedupeTitle>[0];

describe('dedupeTitle', () => {
  it('names the site once on the page titled with the site’s name', () => {
    expect(dedupeTitle(head, 'Virtualization Atlas', 'Virtualization Atlas')[0]!.content).toBe(
      'Virtualization Atlas',
    );
  });
  it('leaves every other page’s title alone', () => {
    expect(dedupeTitle(head, 'KVM', 'Virtualization Atlas')).toBe(head);
  });
});

describe('dropPretendUrls', () => {
  it('drops the canonical link and og:url when the build has no public address', () => {
    const kept = dropPretendUrls(head, false);
    expect(kept.map((h) => h.attrs?.rel ?? h.attrs?.property ?? h.tag)).toEqual(['title', 'og:title']);
  });
  it('keeps them when it has one', () => {
    expect(dropPretendUrls(head, true)).toBe(head);
  });
});

describe('dedupeOverview', () => {
  const item = (slug: string, text: string) => ({ depth: 2, slug, text, children: [] });
  const toc = (...items: ReturnType<typeof item>[]) => ({ minHeadingLevel: 2, maxHeadingLevel: 3, items });

  it('gives the top entry the page’s title when the page has its own Overview heading', () => {
    const fixed = dedupeOverview(
      toc(item('_top', 'Overview'), item('overview', 'Overview'), item('cpu', 'CPU')),
      'KVM',
    );
    expect(fixed.items.map((i) => i.text)).toEqual(['KVM', 'Overview', 'CPU']);
  });
  it('keeps Starlight’s Overview entry on pages without one', () => {
    const t = toc(item('_top', 'Overview'), item('cpu', 'CPU'));
    expect(dedupeOverview(t, 'KVM')).toBe(t);
  });
});
