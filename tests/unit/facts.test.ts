import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas';
import { ContentError } from '../../src/lib/errors';
import { validFiles } from './fixtures';

describe('shared facts', () => {
  it('takes the value, sources and evidence of a fact written with from from the technology event', () => {
    const facts = `
- id: kvm-merged-version
  from: { technology: kvm, milestone: merged, field: version }
- id: kvm-merged-year
  from: { technology: kvm, milestone: merged, field: year }
`;
    const atlas = buildAtlas({ ...validFiles(), 'data/facts.yaml': facts }, { strict: true });
    expect(atlas.facts.map((f) => [f.id, f.value, f.sources])).toEqual([
      ['kvm-merged-version', '2.6.20', ['kernelnewbies2620']],
      ['kvm-merged-year', '2007', ['kernelnewbies2620']],
    ]);
    expect(atlas.facts[0]!.evidence[0]!.quote).toBe('Linux 2.6.20 released');
  });

  it('fails, naming the fact, when from leads to no event', () => {
    const facts = `
- id: kvm-removed
  from: { technology: kvm, milestone: removed, field: version }
`;
    expect(() => buildAtlas({ ...validFiles(), 'data/facts.yaml': facts }, { strict: true })).toThrow(
      /entry "kvm-removed", field "from": names no version of event "removed" of technology "kvm"/,
    );
  });

  it('fails on a fact that gives both a value and from', () => {
    const facts = `
- id: twice
  value: '2.6.20'
  sources: [kernelnewbies2620]
  from: { technology: kvm, milestone: merged, field: version }
`;
    expect(() => buildAtlas({ ...validFiles(), 'data/facts.yaml': facts }, { strict: true })).toThrow(
      ContentError,
    );
  });
});
