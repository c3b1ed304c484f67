import { describe, expect, it } from 'vitest';
import { layoutWall, yearOf, yearScale, type BandInput } from '../../src/diagrams/isolation/layout';
import {
  advisoryIds,
  buildIsolationModel,
  countByLayer,
  escapeLabel,
  formatSize,
  markName,
  rankBySeverity,
  type IsolationInput,
} from '../../src/diagrams/isolation/model';
import {
  describeState,
  isolationSpec,
  markStatus,
  normalizeIsolation,
} from '../../src/diagrams/isolation/state';
import { defaultState, parseState } from '../../src/lib/url-state';
import { buildAtlas, readContentFiles } from '../../src/lib/atlas';

const band = (
  key: string,
  marks: [string, string][],
  lines = ['Hypercalls: 42 numbered hypercalls'],
): BandInput => ({
  key,
  title: `Layer ${key}`,
  lines,
  marks: marks.map(([id, date]) => ({ id, date, label: id.toUpperCase() })),
});
const years = [2005, 2026] as const;

describe('yearOf', () => {
  it('places a year, a month and a day in the middle of their period', () => {
    expect(yearOf('2015')).toBe(2015.5);
    expect(yearOf('2015-01')).toBeCloseTo(2015 + 0.5 / 12, 6);
    expect(yearOf('2015-05-13')).toBeGreaterThan(yearOf('2015-05-12'));
    expect(yearOf('2015-12-31')).toBeLessThan(2016);
  });
});

describe('layoutWall', () => {
  it('stacks the bands top to bottom in the order given, with the axis below the last', () => {
    const wall = layoutWall([band('dm', []), band('kernel', []), band('hw', [])], { years });
    expect(wall.bands.map((b) => b.key)).toEqual(['dm', 'kernel', 'hw']);
    for (let i = 1; i < wall.bands.length; i++) {
      const prev = wall.bands[i - 1]!;
      expect(wall.bands[i]!.y).toBeCloseTo(prev.y + prev.height, 1);
    }
    const last = wall.bands.at(-1)!;
    expect(wall.axisY).toBeCloseTo(last.y + last.height, 1);
    expect(wall.height).toBeGreaterThan(wall.axisY);
  });

  it('places each mark inside its own band, at the x of its date', () => {
    const wall = layoutWall(
      [band('dm', [['venom', '2015-05-13']]), band('hw', [['meltdown', '2018-01-03']])],
      {
        years,
      },
    );
    const x = yearScale(years, wall.plot);
    for (const m of wall.marks) {
      const b = wall.bands.find((bb) => bb.key === m.band)!;
      expect(m.y).toBeGreaterThan(b.y);
      expect(m.y).toBeLessThan(b.y + b.height);
    }
    const venom = wall.marks.find((m) => m.id === 'venom')!;
    expect(venom.x).toBeCloseTo(x(yearOf('2015-05-13')), 0);
    expect(venom.x).toBeGreaterThan(wall.plot.x0);
    expect(venom.x).toBeLessThan(wall.plot.x1);
  });

  it('deals marks whose labels would overlap into separate rows, and makes the band tall enough', () => {
    const crowded = band('kernel', [
      ['a', '2015-10-29'],
      ['b', '2016-07-26'],
      ['c', '2017-04-04'],
      ['d', '2017-05-02'],
    ]);
    const wall = layoutWall([crowded], { years });
    const rows = wall.marks.map((m) => m.row);
    expect(new Set(rows).size).toBeGreaterThan(1);
    const b = wall.bands[0]!;
    for (const m of wall.marks) expect(m.y + 6).toBeLessThanOrEqual(b.y + b.height);
    // Two marks far apart share the first row.
    const apart = layoutWall(
      [
        band('k', [
          ['x', '2006'],
          ['y', '2024'],
        ]),
      ],
      { years },
    );
    expect(apart.marks.map((m) => m.row)).toEqual([0, 0]);
  });

  it('turns a label near the right edge to the left of its mark, inside the plot', () => {
    const wall = layoutWall([band('k', [['late-one', '2026-07-04']])], { years });
    const m = wall.marks[0]!;
    expect(m.anchor).toBe('end');
    expect(m.labelX).toBeLessThan(m.x);
  });

  it('labels a tick every five years and draws one per year', () => {
    const wall = layoutWall([band('k', [])], { years });
    expect(wall.ticks).toHaveLength(2027 - 2005 + 1);
    expect(wall.ticks.filter((t) => t.label).map((t) => t.year)).toEqual([2005, 2010, 2015, 2020, 2025]);
  });
});

describe('the explorer state', () => {
  const spec = isolationSpec(['kvm', 'xen'], ['cve-2015-3456'], years);

  it('reads a shared link and writes its data-state', () => {
    const { state, rejected } = parseState(spec, 'iso-sys=kvm&iso-from=2015&iso-impact=escape');
    expect(rejected).toEqual([]);
    expect(describeState(state)).toBe('sys=kvm;from=2015;to=2026;impact=escape;esc=none');
  });

  it('falls back to defaults on junk and on a period that ends before it starts', () => {
    const { state, rejected } = parseState(spec, 'iso-sys=vmware&iso-from=1999&iso-impact=escape,escape');
    expect(rejected.sort()).toEqual(['iso-from', 'iso-impact', 'iso-sys']);
    expect(state).toEqual(defaultState(spec));
    const reversed = parseState(spec, 'iso-from=2020&iso-to=2010').state;
    const fixed = normalizeIsolation(reversed, spec);
    expect(fixed.changed).toBe(true);
    expect([fixed.state['iso-from'], fixed.state['iso-to']]).toEqual([2005, 2026]);
  });

  it('hides escapes disclosed after the date shown, and those the filters leave out', () => {
    const venom = { date: '2015-05-13', impact: 'escape', systems: ['qemu', 'kvm', 'xen'] };
    const all = defaultState(spec);
    expect(markStatus(venom, all, '2026-11-30')).toBe('shown');
    expect(markStatus(venom, all, '2015-05-12')).toBe('later');
    expect(markStatus(venom, all, '2015-05')).toBe('later');
    expect(markStatus(venom, { ...all, 'iso-from': 2016 }, '2026-11-30')).toBe('filtered');
    expect(markStatus(venom, { ...all, 'iso-impact': ['information-leak'] }, '2026-11-30')).toBe('filtered');
    expect(markStatus(venom, { ...all, 'iso-sys': 'xen' }, '2026-11-30')).toBe('shown');
    expect(markStatus({ ...venom, systems: ['kvm'] }, { ...all, 'iso-sys': 'xen' }, '2026-11-30')).toBe(
      'filtered',
    );
  });
});

describe('the model', () => {
  const tech = (id: string) => ({ id, name: id.toUpperCase(), page: `/technologies/${id}/` });
  const block = (key: string, layer: 'device-model' | 'hypervisor' | 'hardware') => ({
    key,
    layer,
    col: 0,
    span: 1,
    label: `Block ${key}`,
    detail: 'A block of the stack, for the test.',
    style: 'solid' as const,
    sources: ['s'],
  });
  const iface = {
    name: 'Devices',
    to: 'the guest',
    detail: 'Emulated devices, for the test.',
    sources: ['s'],
    evidence: [],
  };
  const escape = (id: string, date: string, layer: string, impact: string, systems = ['kvm']) =>
    ({
      id,
      cve: id.toUpperCase(),
      title: 'x'.repeat(10),
      date,
      systems,
      layer,
      impact,
      fixedIn: ['1.0'],
      summary: '',
      sources: ['s'],
      evidence: [],
    }) as never;
  const input = (escapes: never[]): IsolationInput => ({
    technologies: [tech('kvm')],
    stack: [
      {
        id: 'kvm',
        label: 'KVM + QEMU',
        technology: 'kvm',
        summary: 'A stack.',
        blocks: [block('dm-1', 'device-model'), block('kernel', 'hypervisor')],
      },
    ],
    interfaces: [
      {
        system: 'kvm',
        stack: 'kvm',
        tenant: 'The guest kernel.',
        layers: [
          { block: 'dm-1', escapes: ['device-model'], interfaces: [iface] },
          { block: 'kernel', escapes: ['hypervisor'], interfaces: [iface] },
        ],
      },
    ],
    escapes,
  });

  it('takes each layer from its stack block and puts every escape on the layer of its boundary', () => {
    const m = buildIsolationModel(
      input([
        escape('cve-2016-9777', '2016-12-02', 'hypervisor', 'escape'),
        escape('cve-2015-3456', '2015-05-13', 'device-model', 'escape'),
      ]),
    );
    const kvm = m.systems[0]!;
    expect(kvm.layers.map((l) => [l.key, l.label, l.stackLayer])).toEqual([
      ['kvm/dm-1', 'Block dm-1', 'device-model'],
      ['kvm/kernel', 'Block kernel', 'hypervisor'],
    ]);
    expect(kvm.layers.map((l) => l.escapes)).toEqual([['cve-2015-3456'], ['cve-2016-9777']]);
    expect(m.escapes.map((e) => e.id)).toEqual(['cve-2015-3456', 'cve-2016-9777']);
  });

  it('fails loudly on an unknown block and on an escape no layer accounts for', () => {
    const broken = input([escape('cve-2018-3646', '2018-08-14', 'cpu', 'information-leak')]);
    expect(() => buildIsolationModel(broken)).toThrow(
      /no layer lists the boundary "cpu" that escape cve-2018-3646 broke/,
    );
    const noBlock = input([]);
    noBlock.interfaces[0]!.layers[0]!.block = 'dm-9';
    expect(() => buildIsolationModel(noBlock)).toThrow(/no block "dm-9" in stack "kvm"/);
    const stranger = input([escape('cve-2019-5736', '2019-02-11', 'device-model', 'escape', ['runc'])]);
    expect(() => buildIsolationModel(stranger)).toThrow(
      /"runc" has no entry in content\/data\/interfaces.yaml/,
    );
  });

  it('ranks escapes worst impact first, then most recent, and counts them by layer and impact', () => {
    const list = [
      escape('cve-2015-8104', '2015-11-10', 'hypervisor', 'denial-of-service'),
      escape('cve-2015-3456', '2015-05-13', 'device-model', 'escape'),
      escape('cve-2016-9777', '2016-12-02', 'hypervisor', 'escape'),
    ];
    expect(rankBySeverity(list as { id: string; date: string; impact: 'escape' }[]).map((e) => e.id)).toEqual(
      ['cve-2016-9777', 'cve-2015-3456', 'cve-2015-8104'],
    );
    const m = buildIsolationModel(input(list));
    const counts = countByLayer(m.systems[0]!, new Map(m.escapes.map((e) => [e.id, e])));
    expect(counts.map((c) => [c.key, c.total, c.counts.escape, c.counts['denial-of-service']])).toEqual([
      ['kvm/dm-1', 1, 1, 0],
      ['kvm/kernel', 2, 1, 1],
    ]);
  });

  it('labels marks by a short name, else the XSA, else the CVE, and prints sizes in words', () => {
    expect(escapeLabel({ id: 'cve-2015-3456', name: 'VENOM', cve: 'CVE-2015-3456', xsa: 'XSA-133' })).toBe(
      'VENOM',
    );
    expect(
      escapeLabel({
        id: 'cve-2023-20569',
        name: 'Inception (Speculative Return Stack Overflow)',
        cve: 'CVE-2023-20569',
      }),
    ).toBe('Inception');
    expect(escapeLabel({ id: 'cve-2015-7835', cve: 'CVE-2015-7835', xsa: 'XSA-148' }, 'xen')).toBe('XSA-148');
    expect(escapeLabel({ id: 'cve-2015-8104', cve: 'CVE-2015-8104', xsa: 'XSA-156' }, 'kvm')).toBe(
      'CVE-2015-8104',
    );
    expect(escapeLabel({ id: 'xsa-999', xsa: 'XSA-999' }, 'kvm')).toBe('XSA-999');
    expect(
      escapeLabel({
        id: 'cve-2018-12130',
        name: 'Microarchitectural Data Sampling (MFBDS)',
        cve: 'CVE-2018-12130',
      }),
    ).toBe('CVE-2018-12130');
    expect(advisoryIds({ id: 'cve-2015-3456', cve: 'CVE-2015-3456', xsa: 'XSA-133' })).toBe(
      'CVE-2015-3456 / XSA-133',
    );
    expect(formatSize(undefined)).toBe('not counted');
    expect(formatSize({ count: 68, qualifier: 'at most', unit: 'host system calls', conditions: '' })).toBe(
      'at most 68 host system calls',
    );
    expect(formatSize({ count: 42, qualifier: 'exactly', unit: 'numbered hypercalls', conditions: '' })).toBe(
      '42 numbered hypercalls',
    );
  });

  it('names a mark for screen readers starting with the label it shows (WCAG 2.5.3)', () => {
    const venom = { id: 'cve-2015-3456', name: 'VENOM', cve: 'CVE-2015-3456', xsa: 'XSA-133' };
    expect(markName(venom)).toBe('VENOM: CVE-2015-3456 / XSA-133');
    expect(markName({ id: 'cve-2015-7835', cve: 'CVE-2015-7835', xsa: 'XSA-148' }, 'xen')).toBe(
      'CVE-2015-7835 / XSA-148',
    );
    const inception = {
      id: 'cve-2023-20569',
      name: 'Inception (Speculative Return Stack Overflow)',
      cve: 'CVE-2023-20569',
    };
    expect(markName(inception)).toBe(
      'Inception: CVE-2023-20569, Inception (Speculative Return Stack Overflow)',
    );
    const mds = {
      id: 'cve-2018-12130',
      name: 'Microarchitectural Data Sampling (MFBDS)',
      cve: 'CVE-2018-12130',
    };
    expect(markName(mds)).toBe('CVE-2018-12130, Microarchitectural Data Sampling (MFBDS)');
  });

  it('accounts for every escape in the atlas, and draws VENOM on the device model of QEMU, KVM and Xen', () => {
    // Not strict: provenance gaps elsewhere in the content are not this test's concern.
    const atlas = buildAtlas(readContentFiles(), { strict: false });
    const m = buildIsolationModel(atlas);
    for (const id of ['qemu', 'kvm', 'xen']) {
      const layer = m.systems
        .find((s) => s.id === id)!
        .layers.find((l) => l.escapes.includes('cve-2015-3456'))!;
      expect(layer.stackLayer).toBe('device-model');
    }
  }, 30_000);
});

describe('layoutWall, stacked for narrow screens', () => {
  const bands = [
    band('dm', [['venom', '2015-05-13']]),
    band('kernel', [
      ['a', '2015-10-29'],
      ['b', '2016-07-26'],
    ]),
  ];

  it('puts the marks of each band below its text, with the axis across the whole width', () => {
    const wall = layoutWall(bands, { years, stacked: true });
    expect(wall.width).toBe(360);
    expect(wall.plot.x0).toBeLessThan(20);
    expect(wall.plot.x1).toBeGreaterThan(340);
    for (const m of wall.marks) {
      const b = wall.bands.find((bb) => bb.key === m.band)!;
      const textBottom = b.y + 16 + b.title.length * 15 + b.lines.length * 14;
      expect(m.y).toBeGreaterThan(textBottom - 8);
      expect(m.y + 6).toBeLessThanOrEqual(b.y + b.height);
    }
  });

  it('keeps the same marks and bands as the wide layout', () => {
    const wide = layoutWall(bands, { years });
    const narrow = layoutWall(bands, { years, stacked: true });
    expect(narrow.marks.map((m) => [m.id, m.band])).toEqual(wide.marks.map((m) => [m.id, m.band]));
    expect(narrow.bands.map((b) => b.key)).toEqual(wide.bands.map((b) => b.key));
  });
});
