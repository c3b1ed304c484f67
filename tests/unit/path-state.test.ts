import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/lib/url-state';
import {
  moveStep,
  normalizePathState,
  pathSpec,
  shownVariant,
  switchScenario,
  type PathIndex,
} from '../../src/diagrams/path/state';

const index: PathIndex = {
  scenarios: [
    {
      id: 'syscall',
      variants: [
        { id: 'bare-metal', steps: 4 },
        { id: 'gvisor', steps: 6 },
      ],
    },
    {
      id: 'disk-write',
      variants: [
        { id: 'kvm-virtio', steps: 8 },
        { id: 'gvisor', steps: 6 },
        { id: 'openvz', steps: 5 },
      ],
    },
  ],
};
const spec = pathSpec(index, 'disk-write');
const state = (path: string, via: string, step: number) => ({ path, 'path-via': via, 'path-step': step });

describe('path tracer state', () => {
  it('declares its URL fields from what was rendered, defaulting to the page scenario', () => {
    expect(spec.path.values).toEqual(['syscall', 'disk-write']);
    expect(spec['path-via'].values).toEqual(['first', 'bare-metal', 'gvisor', 'kvm-virtio', 'openvz']);
    expect(spec['path-step'].max).toBe(7);
    expect(parseState(spec, '').state).toEqual(state('disk-write', 'first', 0));
  });

  it('falls back to the scenario first variant when a link names a system the scenario lacks', () => {
    const { state: s, fixed } = normalizePathState(index, state('syscall', 'openvz', 2));
    expect(s).toEqual(state('syscall', 'first', 2));
    expect(fixed).toBe(true);
  });

  it('falls back to the first step when a link names a step past the end of the path', () => {
    const { state: s, fixed } = normalizePathState(index, state('syscall', 'bare-metal', 5));
    expect(s['path-step']).toBe(0);
    expect(fixed).toBe(true);
    expect(normalizePathState(index, state('syscall', 'gvisor', 5)).fixed).toBe(false);
  });

  it('keeps the chosen system when the new scenario has it, and starts at step 1', () => {
    expect(switchScenario(index, state('syscall', 'gvisor', 3), 'disk-write')).toEqual(
      state('disk-write', 'gvisor', 0),
    );
    expect(switchScenario(index, state('disk-write', 'openvz', 3), 'syscall')).toEqual(
      state('syscall', 'first', 0),
    );
  });

  it('clamps steps to the path, with the ends reachable by infinite moves', () => {
    const s = state('disk-write', 'openvz', 3);
    expect(shownVariant(index, s)).toEqual({ id: 'openvz', steps: 5 });
    expect(moveStep(index, s, 1)).toBe(4);
    expect(moveStep(index, state('disk-write', 'openvz', 4), 1)).toBe(4);
    expect(moveStep(index, s, -Infinity)).toBe(0);
    expect(moveStep(index, s, Infinity)).toBe(4);
  });
});
