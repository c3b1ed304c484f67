import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/lib/url-state';
import {
  lifeReason,
  normalizeStackState,
  openingDate,
  stackSpec,
  stackView,
  viewNotice,
  type StackState,
  type SystemLite,
} from '../../src/diagrams/stack/model';
import { blockNames, systemSpan } from '../../src/diagrams/stack/systems';
import { StackSystemSchema } from '../../src/schemas/stack';
import { stacks } from './diagram-fixtures';

const systems: SystemLite[] = [
  { id: 'bare', label: 'Bare metal', span: { first: '1991-09' }, partner: 'kvm' },
  { id: 'kvm', label: 'KVM', span: { first: '2006-10' }, partner: 'xen' },
  { id: 'xen', label: 'Xen', span: { first: '2003-10' }, partner: 'kvm' },
  { id: 'lguest', label: 'lguest', span: { first: '2007-01', last: '2017-11' }, partner: 'xen' },
  { id: 'fc', label: 'Firecracker', span: { first: '2018-11' }, partner: 'kvm' },
];
const state = (stack: string, vs = 'none', layer = 'none'): StackState => ({
  stack,
  'stack-vs': vs,
  'stack-layer': layer,
});

describe('stack explorer state', () => {
  const spec = stackSpec(
    systems.map((s) => s.id),
    ['kernel', 'hw'],
    'kvm',
  );

  it('reads a shared link and falls back to defaults on a malformed one', () => {
    expect(parseState(spec, '?stack=xen&stack-vs=kvm&stack-layer=hw').state).toEqual(
      state('xen', 'kvm', 'hw'),
    );
    const junk = parseState(spec, '?stack=%3Cscript%3E&stack-layer=nope');
    expect(junk.state).toEqual(state('kvm'));
    expect(junk.rejected).toEqual(['stack', 'stack-layer']);
  });

  it('never compares a system with itself: its partner takes the other place', () => {
    const partnerOf = (id: string) => systems.find((s) => s.id === id)!.partner;
    expect(normalizeStackState(state('kvm', 'kvm'), partnerOf)['stack-vs']).toBe('xen');
    expect(normalizeStackState(state('kvm', 'bare'), partnerOf)['stack-vs']).toBe('bare');
  });
});

describe('stackView', () => {
  it('draws what was asked for when both systems existed at the date', () => {
    expect(stackView(state('kvm', 'xen'), systems, 'kvm', '2010')).toEqual({ primary: 'kvm', vs: 'xen' });
  });

  it('replaces a system not yet released by the default one, and says why', () => {
    const view = stackView(state('fc'), systems, 'kvm', '2010-03-01');
    expect(view).toEqual({ primary: 'kvm', replaced: { id: 'fc', life: 'not-yet' } });
    expect(viewNotice(view, systems, '2010-03-01')).toBe(
      'Firecracker did not exist yet on 1 March 2010 (first released November 2018), so KVM is drawn instead.',
    );
  });

  it('replaces an ended system, and falls back past a default that did not exist either', () => {
    const view = stackView(state('lguest'), systems, 'fc', '2018-01');
    expect(view.primary).toBe('bare');
    expect(viewNotice(view, systems, '2018-01')).toBe(
      'lguest had ended by January 2018 (ended November 2017), so Bare metal is drawn instead.',
    );
  });

  it('compares with the partner when the one asked for did not exist, never with the system itself', () => {
    expect(stackView(state('xen', 'fc'), systems, 'kvm', '2008')).toEqual({
      primary: 'xen',
      vs: 'kvm',
      replacedVs: { id: 'fc', life: 'not-yet' },
    });
    // KVM's partner, Xen, is what is drawn first: the next system that existed is taken.
    expect(stackView(state('fc', 'xen'), systems, 'xen', '2005').vs).toBe('bare');
  });

  it('draws nothing when no system existed yet, and says so', () => {
    const view = stackView(state('kvm', 'xen'), systems, 'kvm', '1980');
    expect(view.primary).toBeUndefined();
    expect(viewNotice(view, systems, '1980')).toBe(
      'KVM did not exist yet in 1980 (first released October 2006), and no other system here existed yet.',
    );
  });
});

describe('dates of the explorer', () => {
  it('opens a page about an ended system at its last month, and other pages today', () => {
    expect(openingDate({ first: '2007-01', last: '2017-11' }, '2026-01-01')).toBe('2017-10');
    expect(openingDate({ first: '2005', last: '2011' }, '2026-01-01')).toBe('2010');
    expect(openingDate({ first: '2007-01', last: '2017-01-01' }, '2026-01-01')).toBe('2016-12-31');
    expect(openingDate({ first: '2007-01' }, '2026-01-01')).toBeUndefined();
    expect(openingDate({ first: '2007-01', last: '2030' }, '2026-01-01')).toBeUndefined();
  });

  it('says why a system is not offered', () => {
    expect(lifeReason({ first: '2018-11' }, 'not-yet')).toBe('first released November 2018');
    expect(lifeReason({ first: '2007', last: '2017-11' }, 'ended')).toBe('ended November 2017');
  });

  it("starts a system at its `since` event when that is later than its technology's first release", () => {
    const atlas = {
      technologies: [{ id: 'xen', dates: { first: '2003-10' }, upstream: {} }],
      timeline: [{ id: 'xen-3-0', date: '2005-12' }],
    } as unknown as Parameters<typeof systemSpan>[1];
    const hvm = StackSystemSchema.parse({ ...stacks[0]!, technology: 'xen', since: { event: 'xen-3-0' } });
    expect(systemSpan(hvm, atlas)).toEqual({ first: '2005-12' });
    expect(systemSpan({ ...hvm, since: undefined }, atlas)).toEqual({ first: '2003-10' });
  });
});

describe('blockNames', () => {
  it('qualifies a repeated label with its column, in the words of the system', () => {
    const two = StackSystemSchema.parse({
      ...stacks[0]!,
      unit: 'container',
      blocks: [
        { ...stacks[0]!.blocks[0]!, key: 'a', col: 1, label: 'Apps' },
        { ...stacks[0]!.blocks[0]!, key: 'b', col: 2, label: 'Apps' },
        stacks[0]!.blocks[1]!,
      ],
    });
    expect([...blockNames(two).values()]).toEqual(['Apps, container 1', 'Apps, container 2', 'Hypervisor']);
    expect(blockNames(stacks[0]!).get('gk')).toBe('Guest kernel');
  });
});
