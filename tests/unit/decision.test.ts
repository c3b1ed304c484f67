import { describe, expect, it } from 'vitest';
import {
  checkDecisionQuestions,
  decisionStateSpec,
  describeState,
  parseDecisionState,
  placeLabel,
  rankCandidates,
  scoreLabel,
  writeDecisionState,
} from '../../src/lib/decision';
import { loadAtlas } from '../../src/lib/atlas';
import { DecisionQuestionSchema, type DecisionQuestion } from '../../src/schemas/decision';

const q = (raw: unknown): DecisionQuestion => DecisionQuestionSchema.parse(raw);
const effect = (technology: string, effect: string, era = 'both') => ({
  technology,
  effect,
  era,
  reason: `${technology} is ${effect} in ${era}.`,
  sources: ['src'],
});

const questions = [
  q({
    id: 'hw',
    label: 'Has VT-x?',
    options: [
      { id: 'any', label: 'Any' },
      {
        id: 'no-vt',
        label: 'No VT',
        effects: [
          effect('a', 'excludes'),
          effect('b', 'strong-for'),
          effect('c', 'for', '2007'),
          effect('c', 'excludes', 'today'),
        ],
      },
    ],
  }),
  q({
    id: 'mig',
    label: 'Migration?',
    options: [
      { id: 'any', label: 'Any' },
      { id: 'yes', label: 'Yes', effects: [effect('b', 'against'), effect('c', 'for'), effect('d', 'for')] },
    ],
  }),
];
const candidates = ['a', 'b', 'c', 'd'];
const ids = (rows: { technology: string }[]) => rows.map((r) => r.technology);

describe('decision scoring', () => {
  it('keeps the fixed order and scores 0 when nothing is answered', () => {
    const rows = rankCandidates(questions, {}, 'today', candidates);
    expect(ids(rows)).toEqual(candidates);
    expect(rows.every((r) => r.score === 0 && !r.excluded && r.place === 1)).toBe(true);
    expect(placeLabel(rows[0]!, rows)).toBe('tied for 1st');
  });

  it('adds 2 for strong-for, 1 for for and subtracts 1 for against', () => {
    const rows = rankCandidates(questions, { hw: 'no-vt', mig: 'yes' }, '2007', candidates);
    const score = Object.fromEntries(rows.map((r) => [r.technology, r.score]));
    expect(score).toMatchObject({ b: 1, c: 2, d: 1 });
    expect(rows.find((r) => r.technology === 'b')!.cons.map((c) => c.effect)).toEqual(['against']);
  });

  it('puts excluded systems last, with the reasons that exclude them', () => {
    const rows = rankCandidates(questions, { hw: 'no-vt' }, 'today', candidates);
    expect(ids(rows)).toEqual(['b', 'd', 'a', 'c']);
    const a = rows.find((r) => r.technology === 'a')!;
    expect(a).toMatchObject({ excluded: true, place: null });
    expect(a.exclusions[0]).toMatchObject({
      question: 'hw',
      option: 'no-vt',
      effect: 'excludes',
      sources: ['src'],
    });
    expect(placeLabel(a, rows)).toBe('ruled out');
  });

  it('applies only the effects of the chosen era', () => {
    expect(
      rankCandidates(questions, { hw: 'no-vt' }, '2007', candidates).find((r) => r.technology === 'c'),
    ).toMatchObject({ excluded: false, score: 1 });
    expect(
      rankCandidates(questions, { hw: 'no-vt' }, 'today', candidates).find((r) => r.technology === 'c')!
        .excluded,
    ).toBe(true);
  });

  it('breaks ties by the fixed order and gives tied systems the same place', () => {
    const rows = rankCandidates(questions, { mig: 'yes' }, 'today', candidates);
    expect(ids(rows)).toEqual(['c', 'd', 'a', 'b']);
    expect(rows.map((r) => r.place)).toEqual([1, 1, 3, 4]);
    expect(placeLabel(rows[2]!, rows)).toBe('3rd');
  });

  it('treats unknown answers as the default', () => {
    expect(
      rankCandidates(questions, { hw: 'bogus', nope: 'x' }, 'today', candidates).every((r) => r.score === 0),
    ).toBe(true);
  });

  it('words scores with a sign and singular or plural', () => {
    expect([scoreLabel(3), scoreLabel(0), scoreLabel(-1)]).toEqual(['+3 points', '0 points', '−1 point']);
  });
});

describe('decision data checks', () => {
  it('reports default options with effects, unknown candidates and double effects', () => {
    const bad = [
      q({
        id: 'x',
        label: 'Bad one?',
        options: [
          { id: 'any', label: 'Any', effects: [effect('a', 'for')] },
          {
            id: 'y',
            label: 'Y',
            effects: [effect('zz', 'for'), effect('a', 'for', '2007'), effect('a', 'against')],
          },
        ],
      }),
    ];
    const problems = checkDecisionQuestions(bad, candidates);
    expect(problems.join('\n')).toMatch(/first option is the default/);
    expect(problems.join('\n')).toMatch(/"zz" is not a candidate/);
    expect(problems.join('\n')).toMatch(/two effects for a in 2007/);
    expect(checkDecisionQuestions(questions, candidates)).toEqual([]);
  });
});

describe('decision URL state', () => {
  it('reads the era and one d- parameter per answered question', () => {
    const s = parseDecisionState(questions, '?d-era=2007&d-hw=no-vt&d-mig=any');
    expect(s).toEqual({ era: '2007', answers: { hw: 'no-vt' }, rejected: [] });
  });

  it('falls back to defaults on junk: unknown ids, repeats, markup, overlong values, broken encoding', () => {
    const junk = `?d-era=1999&d-hw=<script>alert(1)</script>&d-mig=yes&d-mig=any&d-hw2=x&d-era=%E0%A4%A&d-mig=${'y'.repeat(500)}`;
    const s = parseDecisionState(questions, junk);
    expect(s.era).toBe('today');
    expect(s.answers).toEqual({});
    expect(s.rejected.sort()).toEqual(['d-era', 'd-hw', 'd-mig']);
    expect(() => parseDecisionState(questions, '?d-hw=%ZZ%')).not.toThrow();
  });

  it('writes only non-default fields and leaves other widgets alone', () => {
    const params = writeDecisionState(
      questions,
      { era: 'today', answers: { mig: 'yes' } },
      new URLSearchParams('m-sort=year&d-hw=no-vt'),
    );
    expect(params.toString()).toBe('m-sort=year&d-mig=yes');
    expect(Object.keys(decisionStateSpec(questions))).toEqual(['d-era', 'd-hw', 'd-mig']);
  });

  it('describes the state with the era, the leader and each answer', () => {
    const state = { era: '2007' as const, answers: { mig: 'yes' } };
    expect(
      describeState(questions, state, rankCandidates(questions, state.answers, state.era, candidates)),
    ).toBe('era=2007;top=c;mig=yes');
  });
});

describe('the site decision guide', () => {
  const atlas = loadAtlas();

  it('has 8 to 10 questions whose data passes every check', () => {
    expect(atlas.decision.length).toBeGreaterThanOrEqual(8);
    expect(atlas.decision.length).toBeLessThanOrEqual(10);
    expect(checkDecisionQuestions(atlas.decision)).toEqual([]);
  });

  it('rules lguest out today, once any requirement is stated, since it was removed in 4.14', () => {
    for (const question of atlas.decision) {
      for (const option of question.options.slice(1)) {
        const rows = rankCandidates(atlas.decision, { [question.id]: option.id }, 'today');
        expect(rows.find((r) => r.technology === 'lguest')!.excluded, `${question.id}=${option.id}`).toBe(
          true,
        );
      }
    }
  });

  it('rules KVM out without VT-x or AMD-V in both eras', () => {
    for (const era of ['2007', 'today'] as const) {
      expect(
        rankCandidates(atlas.decision, { vt: 'no-vt' }, era).find((r) => r.technology === 'kvm')!.excluded,
      ).toBe(true);
    }
  });

  it('answers the mainline question differently for Xen in 2007 and today', () => {
    const xen = (era: '2007' | 'today') =>
      rankCandidates(atlas.decision, { mainline: 'required' }, era).find((r) => r.technology === 'xen')!;
    expect(xen('2007').score).toBeLessThan(0);
    expect(xen('today').score).toBeGreaterThan(0);
  });
});
