/**
 * The timeline's periods (content/data/timeline-periods.yaml) resolved against the data: open ends
 * filled in from the domain, every event placed in its period, and the key events ranked for
 * labelling. Pure and free of zod, so the browser can use it too.
 */
import type { KeyEvent, TimelinePeriod } from '../../schemas/timeline-periods';
import { eventYear, type TimelinePoint } from './layout';

/** A period with both ends known. `openEnd` is true when it runs to today. */
export interface ResolvedPeriod {
  id: string;
  title: string;
  from: number;
  to: number;
  openEnd: boolean;
  key: readonly KeyEvent[];
}

/** What the periods need of the data file: the schema's output type, without its defaults. */
export type PeriodInput = Pick<TimelinePeriod, 'id' | 'title' | 'from' | 'to'> & {
  key?: readonly KeyEvent[];
};

/** Fills in the open ends of the first and last periods from the chart's domain. */
export function resolvePeriods(
  periods: readonly PeriodInput[],
  [first, last]: [number, number],
): ResolvedPeriod[] {
  return periods.map((p) => ({
    id: p.id,
    title: p.title,
    from: p.from ?? first,
    to: p.to ?? last,
    openEnd: p.to === undefined,
    key: p.key ?? [],
  }));
}

/** The years a period covers, as its buttons and headings print them: `1972–2005`, `2011–today`. */
export function periodYears(p: Pick<ResolvedPeriod, 'from' | 'to' | 'openEnd'>): string {
  return `${p.from}–${p.openEnd ? 'today' : p.to}`;
}

/** The period an event falls in, by the year its marker is drawn in. */
export function periodOf<P extends Pick<ResolvedPeriod, 'from' | 'to'>>(
  periods: readonly P[],
  e: Pick<TimelinePoint, 'date'>,
): P | undefined {
  const y = Math.floor(eventYear(e.date));
  return periods.find((p) => y >= p.from && y <= p.to);
}

/**
 * What is wrong with the periods for these events, as messages naming the period or the event:
 * periods out of order or overlapping, an event in no period, a key event outside its period or
 * named twice. The timeline's component turns these into a failed build.
 */
export function periodProblems(
  periods: readonly ResolvedPeriod[],
  events: readonly TimelinePoint[],
): string[] {
  // The file is optional for the atlas as a whole (test fixtures leave it out); not for the timeline.
  if (!periods.length) return ['holds no period: the timeline needs at least one'];
  const problems: string[] = [];
  periods.forEach((p, i) => {
    const next = periods[i + 1];
    if (p.to < p.from) problems.push(`period "${p.id}" ends (${p.to}) before it starts (${p.from})`);
    if (next && next.from <= p.to)
      problems.push(`period "${next.id}" starts (${next.from}) before "${p.id}" ends (${p.to})`);
  });
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const e of events)
    if (!periodOf(periods, e)) problems.push(`event "${e.id}" (${e.date}) falls in no period`);
  const seen = new Set<string>();
  for (const p of periods) {
    for (const k of p.key) {
      if (seen.has(k.event)) problems.push(`period "${p.id}": key event "${k.event}" is named twice`);
      seen.add(k.event);
      const e = byId.get(k.event);
      if (e && periodOf(periods, e)?.id !== p.id)
        problems.push(`period "${p.id}": key event "${k.event}" (${e.date}) falls outside the period`);
    }
  }
  return problems;
}

/** A key event's label and its rank: 0 for the first of each period, 1 for the second, ... */
export interface RankedLabel {
  text: string;
  rank: number;
}

/** The chart's labels by event id, ranked so that every period's most important events come first. */
export function rankedLabels(periods: readonly Pick<ResolvedPeriod, 'key'>[]): Map<string, RankedLabel> {
  const out = new Map<string, RankedLabel>();
  for (const p of periods) p.key.forEach((k, rank) => out.set(k.event, { text: k.label, rank }));
  return out;
}
