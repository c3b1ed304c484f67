import { describe, expect, it } from 'vitest';
import type { MatrixDimension } from '../../src/schemas/matrix';
import type { StackSystem } from '../../src/schemas/stack';
import {
  alignMatrix,
  blocksByLayer,
  differingRows,
  matrixSystems,
  parseSideBySide,
  pickSystem,
  stacksFor,
  stateString,
  statusesDiffer,
} from '../../src/lib/side-by-side';
import { formatPartialDate, milestoneText } from '../../src/lib/dates';

const systems = ['kvm', 'xen', 'openvz', 'qemu'];

const cell = (system: string, status: MatrixDimension['cells'][number]['status']) => ({
  system,
  dimension: 'd',
  status,
  value: `${system} ${status}`,
  sources: ['k'],
  evidence: [],
  history: [],
});
const dims: MatrixDimension[] = [
  {
    id: 'mem',
    group: 'memory',
    label: 'Memory',
    description: 'How memory works.',
    terms: [],
    cells: [cell('kvm', 'yes'), cell('xen', 'yes'), cell('openvz', 'no')],
  },
  {
    id: 'approach',
    group: 'approach',
    label: 'Approach',
    description: 'The technique.',
    terms: [],
    cells: [cell('kvm', 'yes'), cell('xen', 'partial'), cell('openvz', 'yes'), cell('qemu', 'yes')],
  },
  {
    id: 'cpu',
    group: 'approach',
    label: 'CPU',
    description: 'How the CPU works.',
    terms: [],
    cells: [cell('kvm', 'n/a'), cell('xen', 'n/a'), cell('openvz', 'n/a')],
  },
];

describe('side-by-side: reading the URL', () => {
  it('reads two or three known systems in the order given', () => {
    expect(parseSideBySide('?systems=openvz,kvm', systems)).toEqual({
      systems: ['openvz', 'kvm'],
      diff: false,
      rejected: [],
    });
    expect(parseSideBySide('?systems=qemu,xen,kvm&diff=1', systems).systems).toEqual(['qemu', 'xen', 'kvm']);
    expect(parseSideBySide('?systems=qemu,xen,kvm&diff=1', systems).diff).toBe(true);
  });

  it('shows kvm and xen when the URL names nothing', () => {
    expect(parseSideBySide('', systems)).toEqual({ systems: ['kvm', 'xen'], diff: false, rejected: [] });
  });

  it('falls back to the default pair on unknown ids, repeats, too few or too many systems', () => {
    for (const q of ['vmware,kvm', 'kvm,kvm', 'kvm', '', 'kvm,xen,openvz,qemu', 'kvm,,xen', 'KVM,XEN']) {
      const r = parseSideBySide(`?systems=${q}`, systems);
      expect(r.systems, q).toEqual(['kvm', 'xen']);
      expect(r.rejected, q).toEqual(['systems']);
    }
  });

  it('rejects markup, overlong values, broken encoding and repeated parameters without throwing', () => {
    for (const q of [
      '%3Cscript%3Ealert(1)%3C/script%3E',
      'x'.repeat(5000),
      '%E0%A4%A',
      'kvm,xen&systems=qemu,kvm',
    ]) {
      expect(() => parseSideBySide(`?systems=${q}`, systems)).not.toThrow();
      expect(parseSideBySide(`?systems=${q}`, systems).systems).toEqual(['kvm', 'xen']);
    }
    expect(parseSideBySide('?diff=yes', systems)).toEqual({
      systems: ['kvm', 'xen'],
      diff: false,
      rejected: ['diff'],
    });
  });

  it('writes the state as a short data-state string', () => {
    expect(stateString({ systems: ['kvm', 'xen', 'openvz'], diff: true })).toBe(
      'systems=kvm,xen,openvz;diff=1',
    );
  });
});

describe('side-by-side: picking systems in the selects', () => {
  it('replaces a slot with a system not yet shown', () => {
    expect(pickSystem(['kvm', 'xen'], 1, 'openvz')).toEqual(['kvm', 'openvz']);
  });

  it('swaps two slots instead of showing a system twice', () => {
    expect(pickSystem(['kvm', 'xen'], 0, 'xen')).toEqual(['xen', 'kvm']);
    expect(pickSystem(['kvm', 'xen', 'qemu'], 2, 'kvm')).toEqual(['qemu', 'xen', 'kvm']);
  });

  it('adds and removes the optional third system', () => {
    expect(pickSystem(['kvm', 'xen'], 2, 'qemu')).toEqual(['kvm', 'xen', 'qemu']);
    expect(pickSystem(['kvm', 'xen', 'qemu'], 2, 'none')).toEqual(['kvm', 'xen']);
  });

  it('never drops below two systems or holds one twice', () => {
    expect(pickSystem(['kvm', 'xen'], 0, 'none')).toEqual(['kvm', 'xen']);
    expect(pickSystem(['kvm', 'xen'], 2, 'kvm')).toEqual(['kvm', 'xen']);
    expect(pickSystem(['kvm', 'xen'], 5, 'qemu')).toEqual(['kvm', 'xen']);
  });
});

describe('side-by-side: aligning rows', () => {
  it('lists the systems in the order the matrix first names them', () => {
    expect(matrixSystems(dims)).toEqual(['kvm', 'xen', 'openvz', 'qemu']);
  });

  it('groups dimensions in the given group order and keys cells by system', () => {
    const groups = alignMatrix(dims, ['approach', 'cpu', 'memory']);
    expect(groups.map((g) => g.group)).toEqual(['approach', 'memory']);
    expect(groups[0]!.rows.map((r) => r.id)).toEqual(['approach', 'cpu']);
    expect(groups[1]!.rows[0]!.cells.openvz?.status).toBe('no');
    expect(groups[1]!.rows[0]!.cells.qemu).toBeUndefined();
  });

  it('keeps only the rows where the chosen systems differ in status', () => {
    const rows = alignMatrix(dims, ['approach', 'memory']).flatMap((g) => g.rows);
    expect(differingRows(rows, ['kvm', 'xen'])).toEqual(['approach']);
    expect(differingRows(rows, ['kvm', 'xen', 'openvz'])).toEqual(['approach', 'mem']);
    expect(differingRows(rows, ['kvm', 'qemu'])).toEqual(['cpu', 'mem']);
  });

  it('treats a missing cell as a difference', () => {
    expect(statusesDiffer({ kvm: 'yes' }, ['kvm', 'qemu'])).toBe(true);
    expect(statusesDiffer({ kvm: 'no', xen: 'no' }, ['kvm', 'xen'])).toBe(false);
  });
});

describe('side-by-side: stacks and words', () => {
  const block = (key: string, layer: StackSystem['blocks'][number]['layer'], col: number) => ({
    key,
    layer,
    col,
    span: 1,
    label: key,
    detail: 'A block of the stack.',
    style: 'solid' as const,
    sources: ['k'],
  });
  const stacks: StackSystem[] = [
    { id: 'xen-pv', label: 'Xen (PV)', technology: 'xen', summary: 'Paravirtualized.', blocks: [] },
    { id: 'xen-hvm', label: 'Xen (HVM)', technology: 'xen', summary: 'Hardware-assisted.', blocks: [] },
    {
      id: 'kvm',
      label: 'KVM',
      technology: 'kvm',
      summary: 'Kernel as hypervisor.',
      blocks: [
        block('gk-2', 'guest-kernel', 2),
        block('hw', 'hardware', 0),
        block('gk-1', 'guest-kernel', 1),
      ],
    },
  ];

  it("draws every stack of a system's technology in data order, and nothing for systems without one", () => {
    expect(stacksFor('xen', stacks).map((s) => s.id)).toEqual(['xen-pv', 'xen-hvm']);
    expect(stacksFor('xen', [...stacks].reverse()).map((s) => s.id)).toEqual(['xen-hvm', 'xen-pv']);
    expect(stacksFor('kvm', stacks).map((s) => s.id)).toEqual(['kvm']);
    expect(stacksFor('qemu', stacks)).toEqual([]);
  });

  it('lines up a stack by layer, each layer left to right', () => {
    const byLayer = blocksByLayer(stacks[2]!, ['guest-user', 'guest-kernel', 'hardware']);
    expect(byLayer['guest-user']).toEqual([]);
    expect(byLayer['guest-kernel']!.map((b) => b.key)).toEqual(['gk-1', 'gk-2']);
  });

  it('prints dates at the precision the data gives', () => {
    expect(formatPartialDate('2006-10')).toBe('October 2006');
    expect(formatPartialDate('2006-10-19')).toBe('19 October 2006');
    expect(formatPartialDate('2006')).toBe('2006');
    expect(milestoneText({ kernel: '2.6.20', date: '2007-02' })).toBe('Linux 2.6.20, February 2007');
    expect(milestoneText({ version: 'Xen 3.0' })).toBe('Xen 3.0');
    expect(milestoneText(undefined)).toBe('');
  });
});
