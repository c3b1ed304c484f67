import { describe, expect, it } from 'vitest';
import { buildMatrixExport, matrixCsvRecords, matrixSystems } from '../../src/diagrams/matrix/model';
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
  shownSystems,
  defaultSetAt,
  type MatrixState,
  type QueryRow,
} from '../../src/lib/matrix-query';
import { defaultState, parseState, writeState } from '../../src/lib/url-state';
import { CellStatuses, type MatrixDimension } from '../../src/schemas/matrix';
import { LIFE_STATES } from '../../src/lib/vocabulary';
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
const sets = [
  { id: 'old', label: 'Old', systems: ['kvm', 'openvz'], defaultFrom: '1990' },
  { id: 'new', label: 'New', systems: ['xen'], defaultFrom: '2019' },
];
const spec = matrixSpec(
  systems,
  groups,
  sets.map((x) => x.id),
);
const base = defaultState(spec);
const state = (patch: Partial<MatrixState>): MatrixState => ({ ...base, ...patch });
const ids = (rs: readonly QueryRow[]) => rs.map((r) => r.id);

describe('matrix queries', () => {
  it('offers every cell status of the schema, then the column states, each with a text label', () => {
    expect([...STATUS_ORDER]).toEqual([...CellStatuses, ...LIFE_STATES]);
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
    const mark = { ...only, 'm-match': 'mark' as const };
    expect(rows.every((r) => isRowVisible(r, mark))).toBe(true);
    expect(ids(rows.filter((r) => isRowMarked(r, mark)))).toEqual(['unmodified', 'balloon']);
    expect(rows.some((r) => isRowMarked(r, state({ 'm-match': 'mark' })))).toBe(false);
    expect(describeCounts(rows, mark, systems, systems)).toBe(
      'Showing 4 of 4 dimensions and 3 of 3 systems; 2 highlighted.',
    );
  });

  it('hides whole groups and, chosen by hand, columns', () => {
    const s = state({ 'm-hide': ['approach'], 'm-set': 'custom', 'm-cols': ['xen'] });
    expect(ids(rows.filter((r) => isRowVisible(r, s)))).toEqual(['smp', 'balloon']);
    const shown = shownSystems(s, systems, sets, '2026-11-30');
    expect(shown).toEqual(['xen']);
    expect(describeCounts(rows, s, shown, systems)).toBe('Showing 2 of 4 dimensions and 1 of 3 systems.');
    expect(describeState(s, shown, systems)).toBe(
      'set=custom;sort=group;sys=kvm;status=any;match=only;hide=approach;cols=xen',
    );
  });

  it('shows the default column set of the date shown, or a set chosen by name', () => {
    expect(defaultSetAt(sets, '2006-12-11')?.id).toBe('old');
    expect(defaultSetAt(sets, '2019-01-01')?.id).toBe('new');
    expect(shownSystems(base, systems, sets, '2006-12-11')).toEqual(['kvm', 'openvz']);
    expect(shownSystems(base, systems, sets, '2026-11-30')).toEqual(['xen']);
    expect(shownSystems(state({ 'm-set': 'old' }), systems, sets, '2026-11-30')).toEqual(['kvm', 'openvz']);
  });

  it('round-trips a state through the URL, and writes nothing for the defaults', () => {
    const s = normalizeState(
      state({
        'm-sort': 'status',
        'm-sys': 'xen',
        'm-status': 'n/a',
        'm-match': 'mark',
        'm-hide': ['memory', 'cpu'],
        'm-set': 'custom',
        'm-cols': ['openvz', 'kvm'],
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
      '?m-sort=year&m-sys=vmware&m-status=%3Cscript%3E&m-hide=cpu,cpu&m-cols=' +
      'x'.repeat(500) +
      '&m-match=%E0%A4%A';
    const { state: s, rejected } = parseState(spec, junk);
    expect(s).toEqual(base);
    expect(rejected.sort()).toEqual(['m-cols', 'm-hide', 'm-match', 'm-sort', 'm-status', 'm-sys']);
    expect(parseState(spec, '?m-set=everything').rejected).toEqual(['m-set']);
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
  const tech = (id: string, name: string, first = '2000', last?: string) =>
    ({
      id,
      name,
      dates: { first, last, sources: [], evidence: [] },
      upstream: { status: 'mainline', milestones: [] },
    }) as unknown as Technology;
  const cell = (system: string, dimension: string, extra: object = {}) => ({
    system,
    dimension,
    value: `${system} value`,
    status: 'yes' as const,
    sources: ['k1', 'k2'],
    evidence: [],
    history: [],
    ...extra,
  });
  const dims: MatrixDimension[] = [
    {
      id: 'd1',
      group: 'cpu',
      label: 'One',
      description: 'First dimension.',
      terms: [],
      cells: [
        cell('kvm', 'd1', {
          since: { kernel: '2.6.20', date: '2007-02' },
          evidence: [{ source: 'k1', quote: 'in 2.6.20', locator: 'p. 1' }],
        }),
        cell('xen', 'd1', {
          note: 'Says "PV", then HVM.\nSecond line',
          since: { version: 'Xen 3.0', date: '2005-12' },
          history: [
            {
              value: 'PV only',
              status: 'partial',
              since: { date: '2003-10' },
              until: { date: '2005-12' },
              sources: ['k3'],
              evidence: [],
            },
          ],
        }),
      ],
    },
    {
      id: 'd2',
      group: 'io',
      label: 'Two',
      description: 'Second dimension.',
      terms: [],
      cells: [cell('kvm', 'd2'), cell('xen', 'd2')],
    },
  ];

  it('names the systems in column order with their lifespans', () => {
    expect(
      matrixSystems(dims, [tech('kvm', 'KVM', '2006-10'), tech('xen', 'Xen', '2003-10', '2099')]),
    ).toEqual([
      { id: 'kvm', name: 'KVM', page: undefined, lifespan: { first: '2006-10' } },
      { id: 'xen', name: 'Xen', page: undefined, lifespan: { first: '2003-10', last: '2099' } },
    ]);
  });

  it('exports today at the top of each cell and every state in time order in its history', () => {
    const out = buildMatrixExport(dims, [tech('kvm', 'KVM'), tech('xen', 'Xen')]);
    expect(out.systems).toEqual([
      { id: 'kvm', name: 'KVM', first: '2000' },
      { id: 'xen', name: 'Xen', first: '2000' },
    ]);
    expect(out.cells.map((c) => `${c.dimension}.${c.system}`)).toEqual([
      'd1.kvm',
      'd1.xen',
      'd2.kvm',
      'd2.xen',
    ]);
    const xen = out.cells[1]!;
    expect(xen).toMatchObject({
      from: '2005-12',
      since: 'Xen 3.0, December 2005',
      status: 'yes',
      statusLabel: 'Yes',
    });
    expect(xen.history.map((h) => [h.from, h.until, h.status, h.value])).toEqual([
      ['2003-10', '2005-12', 'partial', 'PV only'],
      ['2005-12', undefined, 'yes', 'xen value'],
    ]);
    expect(out.cells[0]!.evidence).toEqual([{ source: 'k1', quote: 'in 2.6.20', locator: 'p. 1' }]);
    expect(out.cells[2]).not.toHaveProperty('note');
  });

  it('writes one CSV record per state, marking today, with sources joined by a space', () => {
    const csv = toCsv(matrixCsvRecords(buildMatrixExport(dims, [tech('kvm', 'KVM'), tech('xen', 'Xen')])));
    expect(
      csv.startsWith('system,dimension,group,current,from,until,status,value,note,since,sources\r\n'),
    ).toBe(true);
    expect(csv).toContain('xen,d1,cpu,no,2003-10,2005-12,partial,PV only,,October 2003,k3\r\n');
    expect(csv).toContain(
      'xen,d1,cpu,yes,2005-12,,yes,xen value,"Says ""PV"", then HVM.\nSecond line","Xen 3.0, December 2005",k1 k2\r\n',
    );
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
  });
});
