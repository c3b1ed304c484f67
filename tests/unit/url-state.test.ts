import { describe, expect, it } from 'vitest';
import {
  defaultState,
  parseState,
  rejectionNotice,
  writeState,
  type StateSpec,
} from '../../src/lib/url-state';

const spec = {
  system: { kind: 'enum', values: ['kvm', 'xen-pv', 'openvz'], default: 'kvm' },
  step: { kind: 'int', min: 0, max: 9, default: 0 },
  compare: { kind: 'bool', default: false },
  systems: { kind: 'list', values: ['kvm', 'xen', 'openvz'], default: ['kvm', 'xen'], min: 2, max: 3 },
} satisfies StateSpec;

describe('url state', () => {
  it('reads valid values', () => {
    const { state, rejected } = parseState(spec, '?system=openvz&step=3&compare=1&systems=openvz,kvm,xen');
    expect(state).toEqual({ system: 'openvz', step: 3, compare: true, systems: ['openvz', 'kvm', 'xen'] });
    expect(rejected).toEqual([]);
  });

  it('falls back to defaults on a malformed URL and says which fields it ignored', () => {
    const { state, rejected } = parseState(spec, '?system=vmware&step=99&compare=yes&systems=kvm');
    expect(state).toEqual(defaultState(spec));
    expect(rejected).toEqual(['system', 'step', 'compare', 'systems']);
    expect(rejectionNotice(rejected)).toMatch(/default view/);
  });

  it('rejects repeated ids, repeated parameters and overlong values', () => {
    expect(parseState(spec, '?systems=kvm,kvm').rejected).toEqual(['systems']);
    expect(parseState(spec, '?system=kvm&system=openvz').rejected).toEqual(['system']);
    expect(parseState(spec, `?system=${'k'.repeat(5000)}`).rejected).toEqual(['system']);
  });

  it('rejects markup and broken percent-encoding without throwing', () => {
    expect(parseState(spec, '?system=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').state.system).toBe('kvm');
    expect(() => parseState(spec, '?system=%E0%A4%A&step=%ZZ')).not.toThrow();
    expect(parseState(spec, '?system=%E0%A4%A').rejected).toEqual(['system']);
    expect(parseState(spec, '?step=1e3').state.step).toBe(0);
  });

  it('ignores parameters that belong to other widgets', () => {
    expect(parseState(spec, '?other=1&step=2').state.step).toBe(2);
  });

  it('writes only non-default fields and keeps other parameters', () => {
    const params = new URLSearchParams('other=1&step=4');
    writeState(spec, { ...defaultState(spec), system: 'xen-pv', systems: ['kvm', 'openvz'] }, params);
    expect(params.toString()).toBe('other=1&system=xen-pv&systems=kvm%2Copenvz');
  });

  it('round-trips through the query string', () => {
    const state = { system: 'openvz', step: 7, compare: true, systems: ['xen', 'openvz'] };
    const params = writeState(spec, state, new URLSearchParams());
    expect(parseState(spec, params).state).toEqual(state);
  });
});
