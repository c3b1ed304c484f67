import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { KernelReleaseSchema, kernelReleaseId } from '../../src/schemas/kernel-release';

const valid = {
  id: '2-6-21',
  version: '2.6.21',
  date: '2007-04-25',
  sources: ['kernelnewbies2621'],
  evidence: [
    {
      source: 'kernelnewbies2621',
      quote: 'Linux 2.6.21 Released 25 April, 2007 (full SCM git log)',
      locator: 'top of page',
    },
  ],
};

/** The messages of a failed parse, or [] if it passed. */
const problems = (entry: unknown) => {
  const r = KernelReleaseSchema.safeParse(entry);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('KernelReleaseSchema', () => {
  it('accepts a release whose quote shows the version and the year', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('accepts the version and the year shown by two different quotes', () => {
    const entry = {
      ...valid,
      evidence: [
        { source: 'kernelnewbies2621', quote: 'Released 25 April, 2007 (full SCM git log)', locator: 'top' },
        {
          source: 'kernelnewbies2621',
          quote: '2.6.21 improves the virtualization features',
          locator: 'overview',
        },
      ],
    };
    expect(problems(entry)).toEqual([]);
  });

  it('derives the id from the version', () => {
    expect(kernelReleaseId('2.6.20')).toBe('2-6-20');
    expect(kernelReleaseId('6.16')).toBe('6-16');
    expect(problems({ ...valid, id: '2-6-22' })).toEqual(['id: must be "2-6-21", the version with hyphens']);
  });

  it('needs the release day, a real one', () => {
    expect(problems({ ...valid, date: '2007-04' })[0]).toMatch(/^date: must be the release day/);
    expect(problems({ ...valid, date: '2007-02-30' })).toEqual(['date: is not a day of the calendar']);
  });

  it('refuses a release candidate', () => {
    expect(problems({ ...valid, id: '2-6-21-rc1', version: '2.6.21-rc1' })).toContain(
      'version: must be a release, not a release candidate',
    );
  });

  it('needs evidence, from its own sources, showing the version and the year', () => {
    expect(problems({ ...valid, evidence: [] })).toEqual([
      'evidence: needs at least one quote that shows the version and the date',
    ]);
    expect(problems({ ...valid, evidence: [{ ...valid.evidence[0], source: 'other2007' }] })).toEqual([
      'evidence.0.source: "other2007" is not among the entry\'s sources',
    ]);
    const noVersion = [
      { source: 'kernelnewbies2621', quote: 'Released 25 April, 2007 (full SCM git log)', locator: 'top' },
    ];
    expect(problems({ ...valid, evidence: noVersion })).toEqual([
      'evidence: no quote shows the version 2.6.21',
    ]);
    const noYear = [
      {
        source: 'kernelnewbies2621',
        quote: 'Linux 2.6.21 Released 25 April (full SCM git log)',
        locator: 'top',
      },
    ];
    expect(problems({ ...valid, evidence: noYear })).toEqual(['evidence: no quote shows the year 2007']);
  });

  it('does not take a longer version for the one claimed', () => {
    const entry = {
      ...valid,
      id: '2-6-2',
      version: '2.6.2',
      date: '2004-02-04',
      evidence: [{ source: 'kernelnewbies2621', quote: 'Linux 2.6.21 released in 2004', locator: 'top' }],
    };
    expect(problems(entry)).toEqual(['evidence: no quote shows the version 2.6.2']);
  });
});

describe('content/data/kernel-releases.yaml', () => {
  const entries = loadYaml(readFileSync('content/data/kernel-releases.yaml', 'utf8')) as unknown[];
  const parsed = entries.map((e) => KernelReleaseSchema.parse(e));
  const key = (v: string) => v.split('.').map(Number);
  const before = (a: string, b: string) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
    return false;
  };

  it('holds valid entries, one per version', () => {
    expect(parsed.length).toBeGreaterThan(30);
    expect(new Set(parsed.map((r) => r.version)).size).toBe(parsed.length);
  });

  it('lists the releases in version order, and their days in the same order', () => {
    for (let i = 1; i < parsed.length; i++) {
      const [a, b] = [parsed[i - 1]!, parsed[i]!];
      expect(before(a.version, b.version), `${a.version} before ${b.version}`).toBe(true);
      expect(a.date < b.date, `${a.version} (${a.date}) released before ${b.version} (${b.date})`).toBe(true);
    }
  });

  it('keeps every quote within 300 characters', () => {
    for (const r of parsed)
      for (const e of r.evidence) expect(e.quote.length, r.version).toBeLessThanOrEqual(300);
  });
});
