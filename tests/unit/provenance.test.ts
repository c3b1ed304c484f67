import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas';
import { ContentError } from '../../src/lib/errors';
import { onCopyHost, quoteShows } from '../../src/lib/provenance';
import { tokensIn } from '../../src/lib/dated-claims';
import { validFiles } from './fixtures';

/** The problems a strict build reports, one per line ('' when it passes). */
function problems(files: Record<string, string | undefined>): string {
  try {
    buildAtlas(
      { 'data/copy-hosts.txt': '# copies\nlinuxtopia.org\ngithub.com/raspberrypi/linux\n', ...files },
      { strict: true },
    );
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
}
const bib = (files: Record<string, string | undefined>) => files['references/test.bib']!;

describe('provenance checks', () => {
  it('passes the valid fixtures', () => {
    expect(problems(validFiles())).toBe('');
  });

  it('fails on a source without a tier, naming file, entry and field', () => {
    const f = validFiles();
    const msg = problems({ ...f, 'references/test.bib': bib(f).replace('tier = {secondary}', 'note = {x}') });
    expect(msg).toContain('content/references/test.bib: entry "kernelnewbies2620", field "tier": is missing');
  });

  it('fails on a source whose address is on a copy host', () => {
    const f = validFiles();
    const moved = bib(f).replace(
      'https://kernelnewbies.org/Linux_2_6_20',
      'https://www.linuxtopia.org/online_books/x.html',
    );
    expect(problems({ ...f, 'references/test.bib': moved })).toContain(
      'entry "kernelnewbies2620", field "url": is on linuxtopia.org, which serves copies',
    );
  });

  it('fails on a claim whose only sources are tertiary', () => {
    const f = validFiles();
    const msg = problems({
      ...f,
      'references/test.bib': bib(f).replace('tier = {secondary}', 'tier = {tertiary}'),
    });
    expect(msg).toContain(
      'content/data/timeline.yaml: entry "kvm-merge", field "sources": rests on tertiary sources alone',
    );
  });

  it('fails on a dated item without evidence', () => {
    const f = validFiles();
    const timeline = f['data/timeline.yaml']!.replace(/\n  evidence: .*\n/, '\n');
    expect(problems({ ...f, 'data/timeline.yaml': timeline })).toContain(
      'content/data/timeline.yaml: entry "kvm-merge", field "evidence": is missing: quote a source that shows 2007',
    );
  });

  it('fails on evidence whose quote does not show the year or version it supports', () => {
    const f = validFiles();
    const facts = f['data/facts.yaml']!.replace("'Linux 2.6.20 includes KVM'", "'Linux 2.6.21 includes KVM'");
    expect(problems({ ...f, 'data/facts.yaml': facts })).toContain(
      'entry "kvm-merged-version", field "evidence": no quote shows 2.6.20',
    );
  });

  it('fails on evidence from a source the claim does not cite', () => {
    const f = validFiles();
    const facts = f['data/facts.yaml']!.replace(
      'evidence: [{ source: kernelnewbies2620',
      'evidence: [{ source: barham2003xen',
    );
    expect(problems({ ...f, 'data/facts.yaml': facts })).toContain(
      'field "evidence[0].source": "barham2003xen" is not among the claim\'s sources',
    );
  });

  it('fails on a quote longer than 300 characters', () => {
    const f = validFiles();
    const facts = f['data/facts.yaml']!.replace(
      "'Linux 2.6.20 includes KVM'",
      `'Linux 2.6.20 ${'x'.repeat(300)}'`,
    );
    expect(problems({ ...f, 'data/facts.yaml': facts })).toContain('is longer than 300 characters');
  });
});

describe('quoteShows', () => {
  it('finds a version or year standing on its own', () => {
    expect(quoteShows('merged for Linux 2.6.20, released', '2.6.20')).toBe(true);
    expect(quoteShows('in  February\n2007 it shipped', '2007')).toBe(true);
  });
  it('does not accept a longer version or number that merely contains it', () => {
    expect(quoteShows('Linux 2.6.201 and 12.6.20', '2.6.20')).toBe(false);
    expect(quoteShows('Linux 2.6.20.1 only', '2.6.20')).toBe(false);
    expect(quoteShows('page 20071', '2007')).toBe(false);
  });
});

describe('tokensIn', () => {
  it('lists the versions and years a fact states', () => {
    expect(tokensIn('November 2005 (Xen 3.0, Linux 2.6.20)')).toEqual(['3.0', '2.6.20', '2005']);
  });
});

describe('onCopyHost', () => {
  it('matches hosts, their subdomains, and host-and-path entries', () => {
    const hosts = ['linuxtopia.org', 'github.com/raspberrypi/linux'];
    expect(onCopyHost('https://www.linuxtopia.org/a', hosts)).toBe('linuxtopia.org');
    expect(onCopyHost('https://docs.linuxtopia.org/a', hosts)).toBe('linuxtopia.org');
    expect(onCopyHost('https://github.com/raspberrypi/linux/blob/x', hosts)).toBe(
      'github.com/raspberrypi/linux',
    );
    expect(onCopyHost('https://github.com/torvalds/linux', hosts)).toBeUndefined();
    expect(onCopyHost('https://notlinuxtopia.org/', hosts)).toBeUndefined();
  });
});
