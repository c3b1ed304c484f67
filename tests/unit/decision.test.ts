import { describe, expect, it } from 'vitest';
import { checkGuideData, resolveGuide, toGuide, type GuideInput } from '../../src/diagrams/decision/model';
import { compareHref, matrixHref, topTwo } from '../../src/diagrams/decision/links';
import {
  buildDecisionRecord,
  mdText,
  recordFileName,
  type RecordInput,
} from '../../src/diagrams/decision/record';
import { flipText, rangeText, summaryText, type Names } from '../../src/diagrams/decision/text';
import { loadAtlas } from '../../src/lib/atlas';
import {
  answersOf,
  decisionSpec,
  describeState,
  placeLabel,
  rankAt,
  scoreLabel,
  stateFor,
  topOf,
  whatWouldFlip,
  type Guide,
  type GuideEffect,
} from '../../src/lib/decision';
import { parseState, writeState } from '../../src/lib/url-state';
import { DecisionQuestionSchema, type DecisionQuestion } from '../../src/schemas/decision';

const fx = (
  technology: string,
  effect: GuideEffect['effect'],
  since?: string,
  until?: string,
): GuideEffect => ({
  technology,
  effect,
  since,
  until,
});

/** Four systems; `d` exists only from 2005 to 2010. */
const guide: Guide = {
  candidates: [
    { id: 'a' },
    { id: 'b' },
    { id: 'c' },
    { id: 'd', lifespan: { first: '2005', last: '2010-06' } },
  ],
  questions: [
    {
      id: 'hw',
      options: [
        { id: 'any', effects: [] },
        {
          id: 'no-vt',
          effects: [
            fx('a', 'excludes'),
            fx('b', 'strong-for'),
            fx('c', 'for', undefined, '2008'),
            fx('c', 'excludes', '2008'),
          ],
        },
      ],
    },
    {
      id: 'mig',
      options: [
        { id: 'any', effects: [] },
        { id: 'yes', effects: [fx('b', 'against'), fx('c', 'for'), fx('d', 'for')] },
        { id: 'no', effects: [fx('a', 'against')] },
      ],
    },
  ],
};
const ids = (rows: { technology: string }[]) => rows.map((r) => r.technology);
const names: Names = {
  name: (id) => id.toUpperCase(),
  question: (id) => `Question ${id}?`,
  option: (q, o) => `${q}:${o}`,
};

describe('decision scoring at a date', () => {
  it('keeps the fixed order, scores 0 and shares first place when nothing is answered', () => {
    const rows = rankAt(guide, {}, '2007');
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows.every((r) => r.score === 0 && !r.excluded && r.place === 1)).toBe(true);
    expect(placeLabel(rows[0]!, rows)).toBe('tied for 1st');
  });

  it('adds 2 for strong-for, 1 for for and subtracts 1 for against', () => {
    const rows = rankAt(guide, { hw: 'no-vt', mig: 'yes' }, '2007');
    const score = Object.fromEntries(rows.map((r) => [r.technology, r.score]));
    expect(score).toMatchObject({ b: 1, c: 2, d: 1 });
    expect(rows.find((r) => r.technology === 'b')!.hits.map((h) => h.effect.effect)).toEqual([
      'strong-for',
      'against',
    ]);
  });

  it('applies an effect only from its since date up to, not including, its until date', () => {
    const c = (at: string) => rankAt(guide, { hw: 'no-vt' }, at).find((r) => r.technology === 'c')!;
    expect(c('2007-12')).toMatchObject({ excluded: false, score: 1 });
    expect(c('2008-01-01')).toMatchObject({ excluded: true, score: 0 });
  });

  it('never ranks a system outside its lifespan, and says whether it was not yet there or ended', () => {
    for (const [at, life] of [
      ['2004-12', 'not-yet'],
      ['2010-06', 'ended'],
    ] as const) {
      const rows = rankAt(guide, { mig: 'yes' }, at);
      expect(rows.at(-1)).toMatchObject({
        technology: 'd',
        available: false,
        life,
        place: null,
        score: 0,
        hits: [],
      });
      expect(placeLabel(rows.at(-1)!, rows)).toBe('not available');
    }
    expect(rankAt(guide, { mig: 'yes' }, '2009').find((r) => r.technology === 'd')).toMatchObject({
      available: true,
      score: 1,
    });
  });

  it('puts ruled-out systems after the ranked ones, with the answer that rules them out', () => {
    const rows = rankAt(guide, { hw: 'no-vt' }, '2009');
    expect(ids(rows)).toEqual(['b', 'd', 'a', 'c']);
    expect(rows[2]).toMatchObject({ excluded: true, place: null });
    expect(rows[2]!.hits[0]).toMatchObject({ question: 'hw', option: 'no-vt' });
    expect(placeLabel(rows[2]!, rows)).toBe('ruled out');
    expect(topOf(rows)?.technology).toBe('b');
  });

  it('gives tied systems the same place and breaks the tie by the fixed order', () => {
    const rows = rankAt(guide, { mig: 'yes' }, '2009');
    expect(ids(rows)).toEqual(['c', 'd', 'a', 'b']);
    expect(rows.map((r) => r.place)).toEqual([1, 1, 3, 4]);
    expect(placeLabel(rows[2]!, rows)).toBe('3rd');
  });

  it('treats unknown answers as "No preference"', () => {
    expect(rankAt(guide, { hw: 'bogus', nope: 'x' }, '2009').every((r) => r.score === 0)).toBe(true);
  });

  it('words scores with a sign and singular or plural', () => {
    expect([scoreLabel(3), scoreLabel(0), scoreLabel(-1)]).toEqual(['+3 points', '0 points', '−1 point']);
  });
});

describe('what would flip it', () => {
  it('finds the single answer change that moves the fewest points and changes first place', () => {
    // With nothing answered a leads by the fixed order; "mig: no" costs 1 point and puts b first.
    expect(whatWouldFlip(guide, {}, '2009')).toEqual({
      question: 'mig',
      from: 'any',
      to: 'no',
      top: 'a',
      newTop: 'b',
      cost: 1,
    });
  });

  it('tries taking an answer back as well as changing it', () => {
    const flip = whatWouldFlip(guide, { hw: 'no-vt' }, '2009');
    expect(flip).toMatchObject({ top: 'b' });
    expect(flip!.newTop).not.toBe('b');
    expect(rankAt(guide, { hw: 'no-vt', [flip!.question]: flip!.to }, '2009')[0]!.technology).toBe(
      flip!.newTop,
    );
  });

  it('says so when no single change alters first place', () => {
    const solid: Guide = {
      candidates: [{ id: 'a' }, { id: 'b' }],
      questions: [
        {
          id: 'q',
          options: [
            { id: 'any', effects: [] },
            { id: 'x', effects: [fx('a', 'for')] },
          ],
        },
      ],
    };
    expect(whatWouldFlip(solid, {}, '2009')).toBeNull();
    expect(flipText(null, rankAt(solid, {}, '2009'), names)).toBe(
      'No single change of answer moves A from first place.',
    );
  });

  it('names the change, the new first choice and the one it replaces', () => {
    const flip = whatWouldFlip(guide, {}, '2009');
    expect(flipText(flip, rankAt(guide, {}, '2009'), names)).toBe(
      'Answering “Question mig?” with “mig:no” instead of “mig:any” would put B first instead of A.',
    );
  });
});

describe('decision URL state', () => {
  const spec = decisionSpec(guide.questions);

  it('has one d- parameter per question, defaulting to the first option', () => {
    expect(spec).toEqual({
      'd-hw': { kind: 'enum', values: ['any', 'no-vt'], default: 'any' },
      'd-mig': { kind: 'enum', values: ['any', 'yes', 'no'], default: 'any' },
    });
  });

  it('reads answers, dropping defaults', () => {
    const { state, rejected } = parseState(spec, '?d-hw=no-vt&d-mig=any&at=2007');
    expect(rejected).toEqual([]);
    expect(answersOf(guide.questions, state)).toEqual({ hw: 'no-vt' });
  });

  it('falls back to defaults on junk: unknown ids, repeats, markup, overlong values, broken encoding', () => {
    const junk = `?d-hw=<script>alert(1)</script>&d-mig=yes&d-mig=any&d-hw2=x&d-mig=${'y'.repeat(500)}`;
    const { state, rejected } = parseState(spec, junk);
    expect(answersOf(guide.questions, state)).toEqual({});
    expect(rejected.sort()).toEqual(['d-hw', 'd-mig']);
    expect(() => parseState(spec, '?d-hw=%ZZ%')).not.toThrow();
  });

  it('writes only answered questions and leaves other widgets and the date alone', () => {
    const params = writeState(
      spec,
      stateFor(guide.questions, { mig: 'yes' }),
      new URLSearchParams('at=2007&d-hw=no-vt'),
    );
    expect(params.toString()).toBe('at=2007&d-mig=yes');
  });

  it('describes the state with the first choice and each answer', () => {
    const answers = { mig: 'yes' };
    expect(describeState(guide.questions, answers, rankAt(guide, answers, '2009'))).toBe('top=c;mig=yes');
  });
});

describe('decision guide words and links', () => {
  it('says when an effect holds', () => {
    expect([
      rangeText(),
      rangeText('2009-12'),
      rangeText(undefined, '2008-10'),
      rangeText('2007', '2011-07'),
    ]).toEqual(['', 'from December 2009', 'until October 2008', 'from 2007 until July 2011']);
  });

  it('sums up the ranking: how many systems were available, and who leads', () => {
    expect(summaryText(rankAt(guide, {}, '2004'), 0, '2004', names)).toBe(
      "In 2004, 3 of the guide's 4 systems were available. With no requirement stated, each scores 0 and they keep the guide's fixed order.",
    );
    expect(summaryText(rankAt(guide, { hw: 'no-vt' }, '2009'), 1, '2009', names)).toBe(
      "In 2009, 4 of the guide's 4 systems were available. For 1 stated requirement, B comes first (+2 points); 2 ruled out.",
    );
  });

  it('links to the top two side by side and to the matrix, at the date shown', () => {
    const rows = rankAt(guide, { hw: 'no-vt' }, '2009');
    expect(topTwo(rows)).toEqual(['b', 'd']);
    expect(compareHref(rows)).toBe('/compare/side-by-side/?systems=b,d');
    expect(compareHref(rows, '2009')).toBe('/compare/side-by-side/?systems=b,d&at=2009');
    expect(matrixHref()).toBe('/compare/matrix/');
    expect(matrixHref('2007-02')).toBe('/compare/matrix/?at=2007-02');
    // Fewer than two ranked: padded in the guide's order.
    expect(topTwo(rankAt(guide, { hw: 'no-vt' }, '2011'))).toEqual(['b', 'a']);
  });
});

describe('the decision record', () => {
  const src = {
    label: 'Kivity et al. 2007',
    href: 'https://atlas.example/reference/bibliography/#kivity2007kvm',
  };
  const record: RecordInput = {
    at: '2007-12',
    atText: 'December 2007',
    generated: '2026-11-30',
    url: 'https://atlas.example/compare/decision-guide/?at=2007-12&d-vt=has-vt',
    answers: [
      { question: 'Do the hosts have VT-x | AMD-V?', answer: 'Yes' },
      { question: 'Windows?', answer: 'No preference' },
    ],
    summary: 'For 1 stated requirement, KVM comes first.',
    flip: 'Answering “Windows?” with “Windows guests” would put Xen first.',
    rows: [
      {
        name: 'KVM',
        status: 'ranked',
        place: '1st',
        score: '+1 point',
        reasons: [
          {
            effect: 'for (+1)',
            answer: 'Yes',
            reason: 'It needs paravirt_ops *not*.',
            when: 'from February 2007',
            sources: [src],
          },
        ],
      },
      { name: 'OpenVZ', status: 'excluded', place: 'ruled out', score: '0 points', reasons: [] },
      {
        name: 'lguest',
        status: 'unavailable',
        place: 'not available',
        score: '0 points',
        note: 'Not yet available.',
        noteSources: [src],
        reasons: [],
      },
    ],
    links: [
      {
        label: 'Compare KVM and Xen side by side',
        href: 'https://atlas.example/compare/side-by-side/?systems=kvm,xen',
      },
    ],
  };
  const md = buildDecisionRecord(record);

  it('has a title, the date shown, the date generated and a link back to the view', () => {
    expect(md).toMatch(/^# ADR: choosing a Linux virtualization system \(December 2007\)\n/);
    expect(md).toContain('- Date shown: December 2007');
    expect(md).toContain('- Generated: 2026-11-30');
    expect(md).toContain(`<${record.url}>`);
  });

  it('lists the questions and answers as a table, escaping what Markdown would read as syntax', () => {
    expect(md).toContain('| Question | Answer |');
    expect(md).toContain('| Do the hosts have VT-x \\| AMD-V? | Yes |');
    expect(mdText('paravirt_ops [x] *y*')).toBe('paravirt\\_ops \\[x\\] \\*y\\*');
  });

  it('gives the ranking with each cited reason, the ruled out and the unavailable systems, and what would flip it', () => {
    expect(md).toContain('First choice: **KVM** (1st, +1 point).');
    expect(md).toContain(
      '- for (+1), for the answer *Yes*: It needs paravirt\\_ops \\*not\\*. (from February 2007) Sources: [Kivity et al. 2007](https://atlas.example/reference/bibliography/#kivity2007kvm).',
    );
    expect(md).toMatch(/## Ruled out\n\n### OpenVZ/);
    expect(md).toMatch(
      /## Not available as of December 2007\n\n### lguest\n\nNot yet available\. Sources: \[Kivity/,
    );
    expect(md).toMatch(
      /### What would flip it\n\nAnswering “Windows\?” with “Windows guests” would put Xen first\./,
    );
    expect(md).toContain(
      '## Sources\n\n- [Kivity et al. 2007](https://atlas.example/reference/bibliography/#kivity2007kvm)',
    );
  });

  it('is named after the date shown', () => {
    expect(recordFileName('2007-12')).toBe('adr-virtualization-2007-12.md');
  });
});

describe('decision data checks', () => {
  const q = (raw: unknown): DecisionQuestion => DecisionQuestionSchema.parse(raw);
  const input = (questions: DecisionQuestion[]): GuideInput => ({
    decision: questions,
    decisionCandidates: [{ technology: 'kvm', name: 'KVM' }],
    technologies: loadAtlas().technologies,
    timeline: [],
  });
  const eff = (extra: object = {}) => ({
    technology: 'kvm',
    effect: 'for',
    reason: 'A reason of some length.',
    sources: ['k'],
    ...extra,
  });

  it('requires "No preference" first, without effects', () => {
    const bad = q({
      id: 'x',
      label: 'Bad one?',
      options: [
        { id: 'any', label: 'Any', effects: [eff()] },
        { id: 'y', label: 'Y' },
      ],
    });
    expect(checkGuideData(input([bad])).join('\n')).toMatch(/first option must be "No preference"/);
  });

  it('reports unknown candidates and effects that overlap in time', () => {
    const bad = q({
      id: 'x',
      label: 'Bad one?',
      options: [
        { id: 'any', label: 'No preference' },
        { id: 'y', label: 'Y', effects: [eff({ technology: 'xen' }), eff(), eff({ effect: 'against' })] },
      ],
    });
    const problems = checkGuideData(input([bad])).join('\n');
    expect(problems).toMatch(/"xen" is not a candidate/);
    expect(problems).toMatch(/two effects for kvm hold at the same time/);
  });

  it('requires a dated boundary to quote its own sources and show its year or version', () => {
    const bound = (quote: string, source = 'k') => ({
      date: '2012-09',
      label: 'Linux 3.6 adds VFIO',
      sources: ['k'],
      evidence: [{ source, quote, locator: 'top' }],
    });
    const ok = q({
      id: 'x',
      label: 'Fine one?',
      options: [
        { id: 'any', label: 'No preference' },
        { id: 'y', label: 'Y', effects: [eff({ since: bound('Linux kernel 3.6 has been released.') })] },
      ],
    });
    expect(checkGuideData(input([ok]))).toEqual([]);
    const bad = q({
      id: 'x',
      label: 'Bad one?',
      options: [
        { id: 'any', label: 'No preference' },
        { id: 'y', label: 'Y', effects: [eff({ since: bound('A new kernel is out.', 'z') })] },
      ],
    });
    const problems = checkGuideData(input([bad])).join('\n');
    expect(problems).toMatch(/source "z" is not among its sources/);
    expect(problems).toMatch(/no quote shows 2012 or 3\.6/);
  });
});

describe('the site decision guide', () => {
  const atlas = loadAtlas();
  const resolved = resolveGuide(atlas);
  const site = toGuide(resolved);
  const today = '2026-11-30';
  const row = (at: string, id: string, answers = {}) =>
    rankAt(site, answers, at).find((r) => r.technology === id)!;

  it('passes every check, with at least 14 questions, each opening with "No preference"', () => {
    expect(checkGuideData(atlas)).toEqual([]);
    expect(atlas.decision.length).toBeGreaterThanOrEqual(14);
    for (const q of atlas.decision)
      expect(q.options[0]).toMatchObject({ label: 'No preference', effects: [] });
  });

  it('asks about untrusted code, start-up, density, Kubernetes, devices and confidential computing', () => {
    expect(atlas.decision.map((q) => q.id)).toEqual(
      expect.arrayContaining(['isolation', 'startup', 'density', 'kubernetes', 'devices', 'confidential']),
    );
  });

  it("offers today's options today, and lists lguest and Linux-VServer as no longer available", () => {
    for (const id of ['kvm', 'xen', 'linux-containers', 'gvisor', 'kata-containers', 'firecracker'])
      expect(row(today, id).available, id).toBe(true);
    expect(row(today, 'lguest')).toMatchObject({ available: false, life: 'ended' });
    expect(row(today, 'linux-vserver')).toMatchObject({ available: false, life: 'ended' });
  });

  it('offers lguest in early 2008, and not the systems that came later', () => {
    expect(row('2008-02', 'lguest').available).toBe(true);
    for (const id of ['gvisor', 'kata-containers', 'firecracker'])
      expect(row('2008-02', id).life).toBe('not-yet');
  });

  it('rules KVM out without VT-x or AMD-V in 2007 and today', () => {
    for (const at of ['2007-12', today]) expect(row(at, 'kvm', { vt: 'no-vt' }).excluded, at).toBe(true);
  });

  it('answers the mainline question differently for Xen in 2007 and today', () => {
    expect(row('2007-12', 'xen', { mainline: 'required' }).score).toBeLessThan(0);
    expect(row(today, 'xen', { mainline: 'required' }).score).toBeGreaterThan(0);
  });

  it('counts KSM for KVM density only from Linux 2.6.32 (December 2009)', () => {
    expect(row('2009-11', 'kvm', { density: 'high' }).score).toBe(-1);
    expect(row('2009-12', 'kvm', { density: 'high' }).score).toBe(1);
  });

  it('has a flip for the top choice today, and a different top once the flip is applied', () => {
    const flip = whatWouldFlip(site, {}, today)!;
    expect(flip).not.toBeNull();
    expect(topOf(rankAt(site, { [flip.question]: flip.to }, today))?.technology).toBe(flip.newTop);
  });
});
