import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  markerBox,
  placeLabels,
  segmentHitsBox,
  segmentsCross,
  type Box,
} from '../../src/diagrams/timeline/labels';
import {
  datePeriod,
  eventYear,
  formatDate,
  isAfter,
  layoutTimeline,
  OTHER_SYSTEM,
  passesFilters,
  sortEvents,
  timelineDomain,
  type EventKind,
  type TimelineLayout,
  type TimelinePoint,
} from '../../src/diagrams/timeline/layout';
import {
  periodOf,
  periodProblems,
  periodYears,
  rankedLabels,
  resolvePeriods,
} from '../../src/diagrams/timeline/periods';
import {
  describeTimelineState,
  normalizeTimelineState,
  timelineSpec,
} from '../../src/diagrams/timeline/state';
import { defaultState, parseState } from '../../src/lib/url-state';
import { EventKinds, TimelineEventSchema } from '../../src/schemas/timeline';
import { TimelinePeriodSchema } from '../../src/schemas/timeline-periods';

const ev = (id: string, date: string, kind: EventKind, systems: string[] = []): TimelinePoint => ({
  id,
  date,
  kind,
  systems,
});

/** Out of date order on purpose, with all three precisions and one event naming no system. */
const events = [
  ev('kvm', '2006-12', 'merge', ['kvm']),
  ev('vm370', '1972', 'release'),
  ev('xen', '2003-10-02', 'release', ['xen']),
  ev('vtx', '2005-11', 'hardware', ['hardware-assist']),
  ev('pvops', '2006-12', 'merge', ['paravirt-ops']),
  ev('xen421', '2025-11-19', 'release', ['xen']),
];
const kinds = [...EventKinds];
const systems = ['kvm', 'xen', 'hardware-assist', 'paravirt-ops', OTHER_SYSTEM];
const all = { from: 1972, to: 2025, kinds, systems };

/** Everything a reader would see as wrong with the labels of a layout, in words. */
function labelProblems(l: TimelineLayout, markerHalf = 6): string[] {
  const problems: string[] = [];
  const shown = l.events.filter((p) => p.visible);
  const labelled = shown.filter((p) => p.label);
  for (const p of l.events.filter((p) => !p.visible && p.label))
    problems.push(`${p.id}: hidden but labelled`);
  for (const a of labelled) {
    const box = a.label!.box;
    if (
      box.x < l.plotLeft ||
      box.x + box.width > l.plotRight ||
      box.y < l.plotTop ||
      box.y + box.height > l.axisY
    )
      problems.push(`${a.id}: label runs outside the plot`);
    for (const b of labelled)
      if (a.id < b.id && boxesOverlap(box, b.label!.box))
        problems.push(`${a.id} and ${b.id}: labels overlap`);
    for (const m of shown) {
      if (m.id === a.id) continue;
      const mb = markerBox(m.x, m.y, markerHalf);
      if (boxesOverlap(box, mb)) problems.push(`${a.id}: label covers the marker of ${m.id}`);
      if (a.label!.leader && segmentHitsBox(a.label!.leader, mb))
        problems.push(`${a.id}: leader crosses ${m.id}`);
    }
    // Not beside its marker, not centred on it: then it needs a leader.
    const beside =
      Math.abs(box.y + box.height / 2 - a.y) < 1 && (box.x - a.x < 12 || a.x - (box.x + box.width) < 12);
    const centred = Math.abs(box.x + box.width / 2 - a.x) <= markerHalf;
    if (!beside && !centred && !a.label!.leader) problems.push(`${a.id}: displaced without a leader`);
  }
  return problems;
}

function markerOverlaps(l: TimelineLayout, markerHalf = 6): string[] {
  const shown = l.events.filter((p) => p.visible);
  return shown.flatMap((a) =>
    shown
      .filter(
        (b) => a.id < b.id && boxesOverlap(markerBox(a.x, a.y, markerHalf), markerBox(b.x, b.y, markerHalf)),
      )
      .map((b) => `${a.id} and ${b.id}`),
  );
}

describe('eventYear and datePeriod', () => {
  it('places a year-only date in the middle of its year', () => {
    expect(eventYear('2006')).toBe(2006.5);
    expect(datePeriod('2006')).toEqual([2006, 2007]);
  });

  it('places a month in the middle of that month', () => {
    expect(eventYear('2006-12')).toBeCloseTo(2006 + 11.5 / 12, 6);
    expect(datePeriod('2006-12')).toEqual([2006 + 11 / 12, 2007]);
  });

  it('places a full date in the middle of its day, inside its month', () => {
    const y = eventYear('2003-10-02');
    expect(y).toBeGreaterThan(2003 + 9 / 12);
    expect(y).toBeLessThan(eventYear('2003-10'));
    expect(eventYear('2024-12-31')).toBeLessThan(2025);
  });
});

describe('sortEvents, timelineDomain and isAfter', () => {
  it('orders events by date whatever their precision, keeping ties in data order', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['vm370', 'xen', 'vtx', 'kvm', 'pvops', 'xen421']);
  });

  it('spans whole years from the first event to the last, or on to the year of today', () => {
    expect(timelineDomain(events)).toEqual([1972, 2025]);
    expect(timelineDomain(events, 2027)).toEqual([1972, 2027]);
    expect(timelineDomain(events, 2020)).toEqual([1972, 2025]);
  });

  it('counts an event as after a date only once its whole period starts after it', () => {
    expect(isAfter(ev('a', '2006-12', 'merge'), '2006-12-11')).toBe(false);
    expect(isAfter(ev('a', '2007-02', 'merge'), '2006-12-11')).toBe(true);
    expect(isAfter(ev('a', '2006-12-12', 'merge'), '2006-12-11')).toBe(true);
    expect(isAfter(ev('a', '2006', 'merge'), '2006-12-11')).toBe(false);
  });
});

describe('layoutTimeline', () => {
  const l = layoutTimeline(events, kinds, all);
  const byId = new Map(l.events.map((p) => [p.id, p]));

  it('puts x in date order and keeps every marker inside the plot', () => {
    const xs = sortEvents(events).map((e) => byId.get(e.id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(l.plotLeft);
      expect(x).toBeLessThanOrEqual(l.plotRight);
    }
  });

  it('puts each marker on the lane of its kind', () => {
    for (const p of l.events) {
      const lane = l.lanes.find((lane) => lane.kind === p.kind)!;
      expect(p.y).toBeGreaterThan(lane.y);
      expect(p.y).toBeLessThan(lane.y + lane.height);
    }
    expect(l.lanes.map((lane) => lane.kind)).toEqual(kinds);
  });

  it('gives two events of the same day their own rows, so that no marker covers another', () => {
    expect(byId.get('kvm')!.x).toBe(byId.get('pvops')!.x);
    expect(byId.get('pvops')!.y).not.toBe(byId.get('kvm')!.y);
    expect(markerOverlaps(l)).toEqual([]);
  });

  it('keeps its height whatever the view, so the drawing does not jump', () => {
    const zoom = layoutTimeline(events, kinds, { ...all, from: 2003, to: 2008, kinds: ['merge'] });
    expect(zoom.height).toBe(l.height);
    expect(zoom.lanes).toEqual(l.lanes);
  });

  it('draws a bar across the period a partial date names', () => {
    const year = byId.get('vm370')!;
    expect(year.spanTo - year.spanFrom).toBeCloseTo((l.plotRight - l.plotLeft) / 54, 0);
    expect(byId.get('xen')!.spanTo - byId.get('xen')!.spanFrom).toBeLessThan(1);
  });

  it('re-scales to a period and hides events outside it', () => {
    const zoom = layoutTimeline(events, kinds, { ...all, from: 2003, to: 2008 });
    const z = new Map(zoom.events.map((p) => [p.id, p]));
    expect(z.get('vm370')!.visible).toBe(false);
    expect(z.get('xen421')!.visible).toBe(false);
    expect(z.get('kvm')!.x - z.get('xen')!.x).toBeGreaterThan(byId.get('kvm')!.x - byId.get('xen')!.x);
    expect(zoom.ticks.filter((t) => t.shown).map((t) => t.year)).toEqual([
      2003, 2004, 2005, 2006, 2007, 2008, 2009,
    ]);
    expect(l.ticks.filter((t) => t.label).every((t) => t.year % 5 === 0)).toBe(true);
  });

  it('marks the date shown with a line, and the events after it', () => {
    const at = layoutTimeline(events, kinds, all, { at: '2006-12-11', atText: 'As of 11 December 2006' });
    expect(at.at).toMatchObject({ side: 'in', text: 'As of 11 December 2006' });
    const after = at.events.filter((p) => p.after).map((p) => p.id);
    expect(after).toEqual(['xen421']);
    const x = at.at!.x;
    expect(x).toBeGreaterThan(new Map(at.events.map((p) => [p.id, p.x])).get('vtx')!);
    expect(at.at!.labelX).toBeGreaterThanOrEqual(at.plotLeft);
    expect(at.at!.labelX + estimateTextWidth(at.at!.text, at.fontSize)).toBeLessThanOrEqual(at.plotRight);
  });

  it('points to a date outside the period from the edge it lies beyond', () => {
    const before = layoutTimeline(events, kinds, { ...all, from: 2010 }, { at: '2006-12-11', atText: 'D' });
    expect(before.at).toMatchObject({ side: 'before', text: '← D' });
    expect(before.events.filter((p) => p.visible).every((p) => p.after)).toBe(true);
    const later = layoutTimeline(events, kinds, { ...all, to: 2000 }, { at: '2006-12-11', atText: 'D' });
    expect(later.at).toMatchObject({ side: 'after', text: 'D →' });
  });
});

describe('labels', () => {
  const labels = rankedLabels([{ key: events.map((e) => ({ event: e.id, label: `${e.id} label` })) }]);

  it('labels the key events without a label over another, a foreign marker or the plot edge', () => {
    const l = layoutTimeline(events, kinds, all, { labels });
    expect(l.events.filter((p) => p.label).length).toBeGreaterThanOrEqual(5);
    expect(labelProblems(l)).toEqual([]);
  });

  it('moves a label that would collide and draws a leader back to its marker', () => {
    // a is hemmed in: b to its right, c to its left, d right above it.
    const markers = new Map<string, Box>([
      ['a', markerBox(100, 50, 6)],
      ['b', markerBox(120, 50, 6)],
      ['c', markerBox(70, 50, 6)],
      ['d', markerBox(100, 36, 6)],
    ]);
    const rows = [36, 50];
    const bounds = { x: 0, y: 29, width: 300, height: 28 };
    const options = { height: 14, markerHalf: 6, gap: 1, clearance: 5, maxShift: 120, step: 4 };
    const request = (id: string, x: number) => ({ id, width: 60, x, y: 50, rows, bounds });
    const [b, a] = placeLabels([request('b', 120), request('a', 100)], markers, options);
    expect(b!.box).toMatchObject({ x: 127, y: 43 });
    expect(b!.leader).toBeUndefined();
    expect(a!.box.y).toBe(29);
    expect(a!.leader).toBeDefined();
    expect(a!.leader).toMatchObject({ x2: a!.box.x });
    expect(boxesOverlap(a!.box, b!.box)).toBe(false);
    for (const [id, m] of markers) {
      expect(boxesOverlap(a!.box, m), id).toBe(false);
      if (id !== 'a') expect(segmentHitsBox(a!.leader!, m), id).toBe(false);
    }
  });

  it('leaves out a label that finds no room, rather than overlapping', () => {
    const markers = new Map<string, Box>([['a', markerBox(10, 10, 6)]]);
    const bounds = { x: 0, y: 3, width: 40, height: 14 };
    const options = { height: 14, markerHalf: 6, gap: 1, clearance: 5, maxShift: 20, step: 4 };
    expect(placeLabels([{ id: 'a', width: 80, x: 10, y: 10, rows: [10], bounds }], markers, options)).toEqual(
      [],
    );
  });

  it('measures segments against boxes and each other', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentHitsBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: -5, y1: -5, x2: -1, y2: 20 }, box)).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });

  it('estimates a longer text as wider', () => {
    expect(estimateTextWidth('KVM merged', 11)).toBeGreaterThan(estimateTextWidth('KVM', 11));
    expect(estimateTextWidth('mmmm', 11)).toBeGreaterThan(estimateTextWidth('iiii', 11));
  });
});

describe('periods', () => {
  const periods = resolvePeriods(
    [
      {
        id: 'early',
        title: 'Early',
        to: 2005,
        key: [
          { event: 'xen', label: 'Xen' },
          { event: 'vm370', label: 'VM/370' },
        ],
      },
      { id: 'late', title: 'Late', from: 2006, key: [{ event: 'kvm', label: 'KVM' }] },
    ],
    [1972, 2026],
  );

  it('fills in the open ends from the domain and says "today" for the last', () => {
    expect(periods.map((p) => [p.from, p.to, periodYears(p)])).toEqual([
      [1972, 2005, '1972–2005'],
      [2006, 2026, '2006–today'],
    ]);
    expect(periodOf(periods, ev('a', '2005-12', 'merge'))?.id).toBe('early');
  });

  it('ranks the first key event of every period before the second of any', () => {
    expect([...rankedLabels(periods)].map(([id, l]) => [id, l.rank])).toEqual([
      ['xen', 0],
      ['vm370', 1],
      ['kvm', 0],
    ]);
  });

  it('reports an event in no period, overlapping periods and a key event outside its period', () => {
    const bad = resolvePeriods(
      [
        { id: 'a', title: 'A', from: 1980, to: 2006, key: [{ event: 'xen421', label: 'X' }] },
        { id: 'b', title: 'B', from: 2006 },
      ],
      [1972, 2026],
    );
    expect(periodProblems(bad, events)).toEqual([
      'period "b" starts (2006) before "a" ends (2006)',
      'event "vm370" (1972) falls in no period',
      'period "a": key event "xen421" (2025-11-19) falls outside the period',
    ]);
    expect(periodProblems(periods, events)).toEqual([]);
    expect(periodProblems([], events)).toEqual(['holds no period: the timeline needs at least one']);
  });
});

describe('URL state', () => {
  const spec = timelineSpec(
    [1972, 2026],
    kinds,
    systems,
    events.map((e) => e.id),
  );

  it('decodes a shared view and writes the summary the tests and readers see', () => {
    const { state } = parseState(spec, '?t-from=2006&t-to=2010&t-kinds=merge&t-event=kvm');
    expect(describeTimelineState(state, spec, 3)).toBe(
      'from=2006;to=2010;kinds=merge;systems=all;event=kvm;shown=3',
    );
  });

  it('falls back to the default period when a link ends it before it starts', () => {
    const { state } = parseState(spec, '?t-from=2010&t-to=2005');
    const fixed = normalizeTimelineState(state, spec);
    expect(fixed.fixed).toBe(true);
    expect([fixed.state['t-from'], fixed.state['t-to']]).toEqual([1972, 2026]);
    expect(normalizeTimelineState(defaultState(spec), spec).fixed).toBe(false);
  });
});

describe('the atlas data', () => {
  const data = load(readFileSync('content/data/timeline.yaml', 'utf8')) as unknown[];
  const real = data.map((e) => TimelineEventSchema.parse(e));
  const rawPeriods = load(readFileSync('content/data/timeline-periods.yaml', 'utf8')) as unknown[];
  const domain = timelineDomain(real, new Date().getUTCFullYear());
  const periods = resolvePeriods(
    rawPeriods.map((p) => TimelinePeriodSchema.parse(p)),
    domain,
  );
  const labels = rankedLabels(periods);
  const realSystems = [...new Set(real.flatMap((e) => (e.systems.length ? e.systems : [OTHER_SYSTEM])))];
  const views = [{ id: 'all years', from: domain[0], to: domain[1] }, ...periods];

  it('has periods that hold every event, in order, with key events inside them', () => {
    expect(periodProblems(periods, real)).toEqual([]);
    expect(periods[0]!.from).toBe(domain[0]);
    expect(periods.at(-1)!.to).toBe(domain[1]);
  });

  for (const v of views) {
    it(`draws ${v.id} (${v.from}–${v.to}) with no marker over another and every label clear`, () => {
      const l = layoutTimeline(
        real,
        kinds,
        { from: v.from, to: v.to, kinds, systems: realSystems },
        { domain, labels },
      );
      expect(markerOverlaps(l)).toEqual([]);
      expect(labelProblems(l)).toEqual([]);
    });
  }

  it('labels every key event in the view of its own period, and each period’s first in all years', () => {
    for (const p of periods) {
      const l = layoutTimeline(
        real,
        kinds,
        { from: p.from, to: p.to, kinds, systems: realSystems },
        { domain, labels },
      );
      const missing = p.key.filter((k) => !l.events.find((e) => e.id === k.event)?.label).map((k) => k.event);
      // A period very dense in one lane may leave out a label or two, never its most important ones.
      expect(missing.length, `${p.id}: ${missing.join(', ')}`).toBeLessThanOrEqual(1);
      expect(p.key.slice(0, 5).filter((k) => missing.includes(k.event))).toEqual([]);
    }
    const l = layoutTimeline(
      real,
      kinds,
      { from: domain[0], to: domain[1], kinds, systems: realSystems },
      { domain, labels },
    );
    for (const p of periods) expect(l.events.find((e) => e.id === p.key[0]!.event)?.label).toBeDefined();
  });
});

describe('passesFilters and formatDate', () => {
  it('keeps an event if its kind is chosen and any of its systems is, filing none under "other"', () => {
    expect(passesFilters(events[0]!, { kinds: ['merge'], systems: ['kvm'] })).toBe(true);
    expect(passesFilters(events[4]!, { kinds: ['merge'], systems: ['kvm'] })).toBe(false);
    expect(passesFilters(events[1]!, { kinds, systems: ['kvm'] })).toBe(false);
    expect(passesFilters(events[1]!, { kinds, systems: [OTHER_SYSTEM] })).toBe(true);
  });

  it('writes a date at its own precision', () => {
    expect(formatDate('1998-02-10')).toBe('10 February 1998');
    expect(formatDate('1999-05')).toBe('May 1999');
    expect(formatDate('1999')).toBe('1999');
  });
});
