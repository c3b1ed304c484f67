import { describe, expect, it } from 'vitest';
import {
  datePeriod,
  eventYear,
  formatDate,
  layoutTimeline,
  OTHER_SYSTEM,
  passesFilters,
  periodPresets,
  sortEvents,
  timelineDomain,
  type EventKind,
  type TimelinePoint,
} from '../../src/diagrams/timeline/layout';
import { EventKinds } from '../../src/schemas/timeline';

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
const all = {
  from: 1972,
  to: 2025,
  kinds,
  systems: ['kvm', 'xen', 'hardware-assist', 'paravirt-ops', OTHER_SYSTEM],
};

describe('eventYear and datePeriod', () => {
  it('places a year-only date in the middle of its year', () => {
    expect(eventYear('2006')).toBe(2006.5);
    expect(datePeriod('2006')).toEqual([2006, 2007]);
  });

  it('places a month in the middle of that month', () => {
    expect(eventYear('2006-01')).toBeCloseTo(2006 + 0.5 / 12, 6);
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

describe('sortEvents and timelineDomain', () => {
  it('orders events by date whatever their precision, keeping ties in data order', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['vm370', 'xen', 'vtx', 'kvm', 'pvops', 'xen421']);
  });

  it('spans whole years from the first event to the last', () => {
    expect(timelineDomain(events)).toEqual([1972, 2025]);
    expect(timelineDomain([ev('a', '2007-02', 'merge')])).toEqual([2007, 2007]);
  });

  it('offers presets inside the domain, ending with all years', () => {
    expect(periodPresets([1972, 2025]).map((p) => p.id)).toEqual([
      '1972-2002',
      '2003-2008',
      '2009-2025',
      '1972-2025',
    ]);
    expect(periodPresets([2004, 2007]).map((p) => p.id)).toEqual(['2004-2007']);
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

  it('moves a marker that would overlap another in its lane to another row, the first in the middle', () => {
    const lane = l.lanes.find((lane) => lane.kind === 'merge')!;
    expect(byId.get('kvm')!.x).toBe(byId.get('pvops')!.x);
    expect(byId.get('kvm')!.y).toBe(lane.y + lane.height / 2);
    expect(byId.get('pvops')!.y).not.toBe(byId.get('kvm')!.y);
  });

  it('draws a bar across the period a partial date names', () => {
    const year = byId.get('vm370')!;
    expect(year.spanTo - year.spanFrom).toBeCloseTo((l.plotRight - l.plotLeft) / 54, 0);
    const day = byId.get('xen')!;
    expect(day.spanTo - day.spanFrom).toBeLessThan(1);
  });

  it('re-scales to a period and hides events outside it', () => {
    const zoom = layoutTimeline(events, kinds, { ...all, from: 2003, to: 2008 });
    const z = new Map(zoom.events.map((p) => [p.id, p]));
    expect(z.get('vm370')!.visible).toBe(false);
    expect(z.get('xen421')!.visible).toBe(false);
    expect(z.get('xen')!.x).toBeLessThan(z.get('kvm')!.x);
    expect(z.get('kvm')!.x - z.get('xen')!.x).toBeGreaterThan(byId.get('kvm')!.x - byId.get('xen')!.x);
    expect(zoom.ticks.filter((t) => t.shown).map((t) => t.year)).toEqual([
      2003, 2004, 2005, 2006, 2007, 2008, 2009,
    ]);
    expect(zoom.ticks.filter((t) => t.label).length).toBe(7);
    expect(l.ticks.filter((t) => t.label).every((t) => t.year % 5 === 0)).toBe(true);
  });
});

describe('filters', () => {
  it('keeps an event if its kind is chosen and any of its systems is', () => {
    const view = { kinds: ['merge'], systems: ['kvm'] };
    expect(passesFilters(events[0]!, view)).toBe(true);
    expect(passesFilters(events[4]!, view)).toBe(false);
    expect(passesFilters(events[3]!, { kinds: ['merge'], systems: ['hardware-assist'] })).toBe(false);
  });

  it('files an event that names no system under "other"', () => {
    expect(passesFilters(events[1]!, { kinds, systems: ['kvm'] })).toBe(false);
    expect(passesFilters(events[1]!, { kinds, systems: [OTHER_SYSTEM] })).toBe(true);
  });

  it('marks filtered events invisible in the layout and shows none when no kind is chosen', () => {
    const l = layoutTimeline(events, kinds, { ...all, systems: ['xen'] });
    expect(l.events.filter((p) => p.visible).map((p) => p.id)).toEqual(['xen', 'xen421']);
    expect(layoutTimeline(events, kinds, { ...all, kinds: [] }).events.some((p) => p.visible)).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes a date at its own precision', () => {
    expect(formatDate('1998-02-10')).toBe('10 February 1998');
    expect(formatDate('1999-05')).toBe('May 1999');
    expect(formatDate('1999')).toBe('1999');
  });
});
