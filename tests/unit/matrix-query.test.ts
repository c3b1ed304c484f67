import { describe, expect, it } from 'vitest';
import {
  buildMatrixExport,
  formatSince,
  matrixCsvRecords,
  matrixSystems,
} from '../../src/diagrams/matrix/model';
import {
  csvField,
  describeCounts,
  describeState,
  isRowMarked,
  isRowVisible,
  matrixSpec,
  normalizeState,
  sortRows,
  STATUS_LABELS,
  STATUS_ORDER,
  toCsv,
  visibleSystems,
  type MatrixState,
  type QueryRow,
} from '../../src/lib/matrix-query';
import { defaultState, parseState, writeState } from '../../src/lib/url-state';
import { CellStatuses, type MatrixDimension } from '../../src/schemas/matrix';
import type { Technology } from '../../src/schemas/technology';

const systems = ['kvm', 'xen', 'openvz'];
const groups = ['approach', 'cpu', 'memory'];
const rows: QueryRow[] = [
  {
    id: 'placement',
    group: 'approach',
    label: 'Where it runs',
    index: 0,
    status: { kvm: 'yes', xen: 'yes', openvz: 'n/a' },
  },
  {
    id: 'unmodified',
    group: 'approach',
    label: 'Runs unmodified kernels',
    index: 1,
    status: { kvm: 'yes', xen: 'partial', openvz: 'no' },
  },
  {
    id: 'smp',
    group: 'cpu',
    label: 'SMP guests',
    index: 2,
    status: { kvm: 'partial', xen: 'yes', openvz: 'yes' },
  },
  {
    id: 'balloon',
    group: 'memory',
    label: 'ballooning',
    index: 3,
    status: { kvm: 'unknown', xen: 'yes', openvz: 'no' },
  },
];
const spec = matrixSpec(systems, groups, ['placement.kvm', 'smp.xen']);
const base = defaultState(spec);
const state = (patch: Partial<MatrixState>): MatrixState => ({ ...base, ...patch });
const ids = (rs: readonly QueryRow[]) => rs.map((r) => r.id);

describe('matrix queries', () => {
  it('keeps the status list in step with the schema, with a text label for each', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...CellStatuses].sort());
    for (const s of CellStatuses) expect(STATUS_LABELS[s]).toMatch(/\w/);
  });

  it('sorts by group in data order, by name ignoring case, and by one system status', () => {
    const shuffled = [rows[2]!, rows[3]!, rows[1]!, rows[0]!];
    expect(ids(sortRows(shuffled, base, groups))).toEqual(['placement', 'unmodified', 'smp', 'balloon']);
    expect(ids(sortRows(rows, state({ 'm-sort': 'name' }), groups))).toEqual([
      'balloon',
      'unmodified',
      'smp',
      'placement',
    ]);
    expect(ids(sortRows(rows, state({ 'm-sort': 'status', 'm-sys': 'kvm' }), groups))).toEqual([
      'placement',
      'unmodified',
      'smp',
      'balloon',
    ]);
    expect(ids(sortRows(rows, state({ 'm-sort': 'status', 'm-sys': 'openvz' }), groups))).toEqual([
      'smp',
      'unmodified',
      'balloon',
      'placement',
    ]);
  });

  it('breaks status ties by group, then data order, and ranks a missing status last', () => {
    const odd = { ...rows[0]!, id: 'odd', index: 4, status: {} };
    const sorted = sortRows([odd, ...rows], state({ 'm-sort': 'status', 'm-sys': 'xen' }), groups);
    expect(ids(sorted)).toEqual(['placement', 'smp', 'balloon', 'unmodified', 'odd']);
  });

  it('filters rows by the chosen system status, or only marks them', () => {
    const only = state({ 'm-sys': 'openvz', 'm-status': 'no' });
    expect(ids(rows.filter((r) => isRowVisible(r, only)))).toEqual(['unmodified', 'balloon']);
    const mark = { ...only, 'm-match': 'mark' };
    expect(rows.every((r) => isRowVisible(r, mark))).toBe(true);
    expect(ids(rows.filter((r) => isRowMarked(r, mark)))).toEqual(['unmodified', 'balloon']);
    expect(rows.some((r) => isRowMarked(r, state({ 'm-match': 'mark' })))).toBe(false);
    expect(describeCounts(rows, mark, systems)).toBe(
      'Showing 4 of 4 dimensions and 3 of 3 systems; 2 highlighted.',
    );
  });

  it('hides whole groups and columns', () => {
    const s = state({ 'm-hide': ['approach'], 'm-cols': ['xen'] });
    expect(ids(rows.filter((r) => isRowVisible(r, s)))).toEqual(['smp', 'balloon']);
    expect(visibleSystems(systems, s)).toEqual(['xen']);
    expect(describeCounts(rows, s, systems)).toBe('Showing 2 of 4 dimensions and 1 of 3 systems.');
    expect(describeState(s, systems)).toBe(
      'sort=group;sys=kvm;status=any;match=only;hide=approach;cols=xen;open=none',
    );
  });

  it('round-trips a state through the URL, and writes nothing for the defaults', () => {
    const s = normalizeState(
      state({
        'm-sort': 'status',
        'm-sys': 'xen',
        'm-status': 'n/a',
        'm-match': 'mark',
        'm-hide': ['memory', 'cpu'],
        'm-cols': ['openvz', 'kvm'],
        'm-open': 'smp.xen',
      }),
      systems,
      groups,
    );
    expect(s['m-hide']).toEqual(['cpu', 'memory']);
    const query = writeState(spec, s, new URLSearchParams('other=1')).toString();
    expect(parseState(spec, query)).toEqual({ state: s, rejected: [] });
    expect(
      writeState(
        spec,
        normalizeState(state({ 'm-cols': ['xen', 'openvz', 'kvm'] }), systems, groups),
        new URLSearchParams(),
      ).toString(),
    ).toBe('');
  });

  it('falls back to defaults on junk: unknown ids, repeats, markup, overlong and broken values', () => {
    const junk =
      '?m-sort=year&m-sys=vmware&m-status=%3Cscript%3E&m-hide=cpu,cpu&m-cols=&m-open=' +
      'x'.repeat(500) +
      '&m-match=%E0%A4%A';
    const { state: s, rejected } = parseState(spec, junk);
    expect(s).toEqual(base);
    expect(rejected.sort()).toEqual(['m-cols', 'm-hide', 'm-match', 'm-open', 'm-sort', 'm-status', 'm-sys']);
  });
});

describe('matrix CSV', () => {
  it('quotes commas, quotes and line breaks per RFC 4180 and ends records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "PV"')).toBe('"say ""PV"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"', ''],
      ]),
    ).toBe('a,"b,c"\r\n"""",\r\n');
  });
});

describe('matrix export', () => {
  const tech = (id: string, name: string) => ({ id, name }) as Technology;
  const cell = (system: string, extra: object = {}) => ({
    system,
    value: `${system} value`,
    status: 'yes' as const,
    sources: ['k1', 'k2'],
    ...extra,
  });
  const dims = [
    {
      id: 'd1',
      group: 'cpu',
      label: 'One',
      description: 'First dimension.',
      terms: [],
      cells: [
        cell('kvm', { since: { kernel: '2.6.20', date: '2007-02' } }),
        cell('xen', { note: 'Says "PV", then HVM.\nSecond line', since: { version: 'Xen 3.0' } }),
      ],
    },
    {
      id: 'd2',
      group: 'io',
      label: 'Two',
      description: 'Second dimension.',
      terms: [],
      cells: [cell('xen', { since: { date: '2006' } }), cell('kvm')],
    },
  ] as MatrixDimension[];

  it('formats since as the release then the date in parentheses', () => {
    expect(formatSince({ kernel: '2.6.20', date: '2007-02' })).toBe('Linux 2.6.20 (2007-02)');
    expect(formatSince({ version: 'Xen 3.0', date: '2005-12' })).toBe('Xen 3.0 (2005-12)');
    expect(formatSince({ version: 'QEMU 2.1' })).toBe('QEMU 2.1');
    expect(formatSince({ date: '2006-04' })).toBe('2006-04');
    expect(formatSince(undefined)).toBe('');
  });

  it('shapes the JSON with systems in first-seen order and optional fields only when present', () => {
    const out = buildMatrixExport(dims, [tech('kvm', 'KVM'), tech('xen', 'Xen')]);
    expect(out.systems).toEqual([
      { id: 'kvm', name: 'KVM' },
      { id: 'xen', name: 'Xen' },
    ]);
    expect(out.dimensions[1]).toEqual({
      id: 'd2',
      group: 'io',
      label: 'Two',
      description: 'Second dimension.',
    });
    expect(out.cells.map((c) => `${c.dimension}.${c.system}`)).toEqual([
      'd1.kvm',
      'd1.xen',
      'd2.kvm',
      'd2.xen',
    ]);
    expect(out.cells[2]).toEqual({
      system: 'kvm',
      dimension: 'd2',
      value: 'kvm value',
      status: 'yes',
      sources: ['k1', 'k2'],
    });
    expect(out.cells[0]!.since).toBe('Linux 2.6.20 (2007-02)');
  });

  it('writes one CSV record per cell with sources joined by a space, parseable back', () => {
    const csv = toCsv(matrixCsvRecords(buildMatrixExport(dims, [tech('kvm', 'KVM'), tech('xen', 'Xen')])));
    expect(csv.startsWith('system,dimension,group,value,status,note,since,sources\r\n')).toBe(true);
    expect(csv).toContain('xen,d1,cpu,xen value,yes,"Says ""PV"", then HVM.\nSecond line",Xen 3.0,k1 k2\r\n');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('fails with the file and entry when a dimension lacks a system', () => {
    const gap = [...dims, { ...dims[1]!, id: 'd3', cells: [cell('kvm')] }] as MatrixDimension[];
    expect(() => matrixSystems(gap, [])).toThrow(
      'content/data/matrix.yaml: dimension "d3" has no cell for xen',
    );
  });
});
