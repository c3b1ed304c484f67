import { beforeAll, describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  polylineHitsBox,
  segmentHitsBox,
  textWidth,
  type Box,
} from '../../src/diagrams/lineage/geometry';
import {
  layoutLineage,
  sortByDate,
  type LayoutEdge,
  type LayoutNode,
  type LineageLayout,
} from '../../src/diagrams/lineage/layout';
import {
  ancestors,
  descendants,
  edgeProblems,
  edgeShownFrom,
  existsAt,
  neighbours,
  resolveNodes,
  spokenName,
  type LineageNode,
} from '../../src/diagrams/lineage/model';
import { buildAtlas, readContentFiles, type Atlas } from '../../src/lib/atlas';
import { quoteShows } from '../../src/lib/provenance';
import { LANE_LABELS, LINEAGE_LANES } from '../../src/schemas/lineage';

const lanes = [
  { id: 'vm', title: 'Virtual machines' },
  { id: 'container', title: 'Containers' },
];
const node = (id: string, lane: string, date: string, label = id): LayoutNode => ({ id, lane, date, label });
/** Out of date order on purpose; two nodes a month apart in one lane, and an edge into an older node. */
const nodes = [
  node('docker', 'container', '2013-03', 'Docker'),
  node('qemu', 'vm', '2003', 'QEMU'),
  node('kvm', 'vm', '2006-10', 'KVM'),
  node('lxc', 'container', '2008-08', 'LXC'),
  node('virtio', 'vm', '2007', 'virtio'),
  node('firecracker', 'vm', '2018-11', 'Firecracker'),
  node('crosvm', 'vm', '2018-10', 'crosvm'),
];
const edges: LayoutEdge[] = [
  { id: 'qemu-kvm', from: 'qemu', to: 'kvm' },
  { id: 'lxc-docker', from: 'lxc', to: 'docker' },
  { id: 'kvm-firecracker', from: 'kvm', to: 'firecracker' },
  { id: 'crosvm-firecracker', from: 'crosvm', to: 'firecracker' },
  { id: 'virtio-kvm', from: 'virtio', to: 'kvm', date: '2008' },
];

/**
 * Everything a label might touch, checked independently of the layout's own bookkeeping: other
 * labels and lane titles, markers, and edges (a node's own edges only away from its marker).
 */
function overlaps(l: LineageLayout, radius = 5): string[] {
  const found: string[] = [];
  const labels: { id: string; box: Box }[] = [
    ...l.nodes.map((n) => ({ id: n.id, box: n.label })),
    ...l.lanes.map((lane) => ({ id: `lane:${lane.id}`, box: lane.title })),
  ];
  const markers = l.nodes.map((n) => ({
    id: n.id,
    box: { x: n.x - radius, y: n.y - radius, width: 2 * radius, height: 2 * radius },
  }));
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1))
      if (boxesOverlap(a.box, b.box)) found.push(`${a.id} overlaps label ${b.id}`);
    for (const m of markers) if (boxesOverlap(a.box, m.box)) found.push(`${a.id} overlaps marker ${m.id}`);
    for (const e of l.edges) {
      const own = e.from === a.id || e.to === a.id;
      const pts = own ? (e.from === a.id ? e.points.slice(3) : e.points.slice(0, -3)) : e.points;
      if (polylineHitsBox(pts, a.box)) found.push(`${a.id} sits on edge ${e.id}`);
    }
  }
  return found;
}

describe('layoutLineage on a small graph', () => {
  const layout = layoutLineage(nodes, edges, lanes, { until: 2020 });
  const placed = new Map(layout.nodes.map((n) => [n.id, n]));

  it('runs time from left to right: later nodes lie further right', () => {
    const order = sortByDate(nodes).map((n) => placed.get(n.id)!.x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(placed.get('crosvm')!.x).toBeLessThan(placed.get('firecracker')!.x);
    expect(layout.ticks[0]!.year).toBe(2003);
    expect(layout.ticks.at(-1)!.year).toBe(2021);
  });

  it('puts every node inside the band of its own lane, in lane order', () => {
    for (const n of layout.nodes) {
      const lane = layout.lanes.find((l) => l.id === n.lane)!;
      expect(n.y).toBeGreaterThan(lane.y);
      expect(n.y).toBeLessThan(lane.y + lane.height);
    }
    expect(layout.lanes.map((l) => l.id)).toEqual(['vm', 'container']);
    expect(layout.lanes[1]!.y).toBe(layout.lanes[0]!.y + layout.lanes[0]!.height);
    expect(layout.axisY).toBe(layout.lanes[1]!.y + layout.lanes[1]!.height);
  });

  it('gives nodes too close to share a row rows of their own', () => {
    expect(placed.get('crosvm')!.row).not.toBe(placed.get('firecracker')!.row);
  });

  it('places no label over another label, a marker or an edge', () => {
    expect(layout.collisions).toEqual([]);
    expect(overlaps(layout)).toEqual([]);
  });

  it('keeps every label inside the drawing', () => {
    for (const n of layout.nodes) {
      expect(n.label.x).toBeGreaterThanOrEqual(0);
      expect(n.label.x + n.label.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('draws an edge into an older node onto its row, with a stub back to its marker', () => {
    const e = layout.edges.find((x) => x.id === 'virtio-kvm')!;
    const kvm = placed.get('kvm')!;
    expect(e.stub).toMatch(/^M[\d.]+,[\d.]+H[\d.]+$/);
    expect(e.stub).toContain(`,${kvm.y}H`);
    expect(layout.edges.find((x) => x.id === 'qemu-kvm')!.stub).toBeUndefined();
  });

  it('fails loudly on a node in an unknown lane or an edge to an unknown node', () => {
    expect(() => layoutLineage([node('x', 'nowhere', '2000')], [], lanes)).toThrow(/unknown lane "nowhere"/);
    expect(() => layoutLineage(nodes, [{ id: 'bad', from: 'kvm', to: 'ghost' }], lanes)).toThrow(
      /edge "bad"/,
    );
  });
});

describe('the lineage model', () => {
  const links = edges.map((e) => ({ ...e, kind: 'code' as const, date: e.date ?? '2010' }));
  const dateOf = (id: string) => nodes.find((n) => n.id === id)!.date;

  it('walks ancestors and descendants along the edges', () => {
    expect([...ancestors('firecracker', links)].sort()).toEqual(['crosvm', 'kvm', 'qemu', 'virtio']);
    expect([...descendants('qemu', links)].sort()).toEqual(['firecracker', 'kvm']);
    expect(descendants('docker', links).size).toBe(0);
  });

  it('lists neighbours earliest first, for the arrow keys', () => {
    expect(neighbours('kvm', links, dateOf)).toEqual({ next: ['firecracker'], prev: ['qemu', 'virtio'] });
    expect(neighbours('firecracker', links, dateOf).prev).toEqual(['kvm', 'crosvm']);
  });

  it('finds unknown ends, repeated pairs and cycles', () => {
    const ids = nodes.map((n) => ({ id: n.id }));
    expect(edgeProblems(ids, links)).toEqual([]);
    const bad = [
      ...links,
      { ...links[0]!, id: 'again' },
      { id: 'back', from: 'kvm', to: 'qemu', kind: 'idea' as const, date: '2009' },
      { id: 'lost', from: 'kvm', to: 'ghost', kind: 'idea' as const, date: '2009' },
    ];
    const problems = edgeProblems(ids, bad).join('\n');
    expect(problems).toMatch(/edge "again" repeats qemu → kvm/);
    expect(problems).toMatch(/cycle through "qemu"/);
    expect(problems).toMatch(/edge "lost", field to: unknown node "ghost"/);
  });

  it('dates an edge from the later of its own date and its nodes', () => {
    expect(edgeShownFrom({ id: 'e', from: 'qemu', to: 'kvm', kind: 'code', date: '2006-11' }, dateOf)).toBe(
      '2006-11',
    );
    expect(
      edgeShownFrom({ id: 'e', from: 'kvm', to: 'firecracker', kind: 'product', date: '2017-11' }, dateOf),
    ).toBe('2018-11');
    expect(existsAt('2018-11', '2018-10-31')).toBe(false);
    expect(existsAt('2018-11', '2018-11-01')).toBe(true);
  });
});

describe('geometry helpers', () => {
  it('tells a segment through a box from one beside it', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox([0, 15], [30, 15], box)).toBe(true);
    expect(segmentHitsBox([0, 25], [30, 25], box)).toBe(false);
    expect(segmentHitsBox([0, 0], [5, 30], box)).toBe(false);
  });

  it('estimates capitals wider than lower case', () => {
    expect(textWidth('QEMU', 12)).toBeGreaterThan(textWidth('qemu', 12));
    expect(textWidth('Cloud Hypervisor', 12)).toBeGreaterThan(90);
  });
});

describe('the lineage of the atlas', () => {
  let atlas: Atlas;
  let resolved: LineageNode[];
  let layout: LineageLayout;
  beforeAll(() => {
    // Not strict: the rest of the atlas may still have provenance gaps; the lineage is checked here.
    atlas = buildAtlas(readContentFiles(), { strict: false });
    resolved = resolveNodes(atlas.lineageNodes, atlas.technologies);
    const latest = Math.max(...[...resolved, ...atlas.lineage].map((x) => Number(x.date.slice(0, 4))));
    layout = layoutLineage(
      resolved.map((n) => ({ id: n.id, label: n.short, lane: n.lane, date: n.date })),
      atlas.lineage,
      LINEAGE_LANES.map((id) => ({ id, title: LANE_LABELS[id] })),
      { until: latest + 2 },
    );
  }, 180_000);

  it('has at least 25 edges whose ends are known nodes, without cycles', () => {
    expect(atlas.lineage.length).toBeGreaterThanOrEqual(25);
    expect(edgeProblems(resolved, atlas.lineage)).toEqual([]);
  });

  it('quotes, for every edge, a source of its own that shows its year', () => {
    for (const e of atlas.lineage) {
      expect(
        e.evidence.every((q) => e.sources.includes(q.source)),
        e.id,
      ).toBe(true);
      expect(
        e.evidence.some((q) => quoteShows(q.quote, e.date.slice(0, 4))),
        e.id,
      ).toBe(true);
    }
  });

  it('takes the name and first date of a technology node from the technology', () => {
    const kvm = resolved.find((n) => n.id === 'kvm')!;
    const tech = atlas.technologies.find((t) => t.id === 'kvm')!;
    expect(kvm.date).toBe(tech.dates.first);
    expect(kvm.name).toBe(tech.name);
    expect(resolved.find((n) => n.id === 'lguest')!.last).toBe('2017-11');
  });

  it('draws the real data with no label over another label, a marker or an edge', () => {
    expect(layout.collisions).toEqual([]);
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('spokenName', () => {
  it('starts with the drawn label and does not repeat it in brackets', () => {
    expect(spokenName({ name: 'KVM', short: 'KVM' })).toBe('KVM');
    expect(spokenName({ name: 'Control groups (cgroups)', short: 'cgroups' })).toBe(
      'cgroups: Control groups',
    );
    expect(spokenName({ name: 'Intel VT-x and AMD-V', short: 'VT-x / AMD-V' })).toBe(
      'VT-x / AMD-V: Intel VT-x and AMD-V',
    );
  });
});
