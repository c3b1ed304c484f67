/**
 * The timeline's URL state: its fields declared once, the type that follows from them, and the
 * summary the widget writes into `data-state`. Pure, for the browser and the tests.
 */
import { defaultState, type StateOf, type StateSpec } from '../../lib/url-state';

/** The timeline's fields: period, kinds, systems and the selected event. */
export function timelineSpec(
  [first, last]: [number, number],
  kinds: readonly string[],
  systems: readonly string[],
  eventIds: readonly string[],
) {
  return {
    't-from': { kind: 'int', min: first, max: last, default: first },
    't-to': { kind: 'int', min: first, max: last, default: last },
    't-kinds': { kind: 'list', values: kinds, default: kinds },
    't-systems': { kind: 'list', values: systems, default: systems },
    't-event': { kind: 'enum', values: ['none', ...eventIds], default: 'none' },
  } as const satisfies StateSpec;
}

/** The timeline's fields. */
export type TimelineSpec = ReturnType<typeof timelineSpec>;
/** The timeline's state, as decoded from the URL. */
export type TimelineState = StateOf<TimelineSpec>;

/**
 * A state whose period ends before it starts (only a hand-made URL can say that) gets the default
 * period; `fixed` tells the widget to say so.
 */
export function normalizeTimelineState(
  s: TimelineState,
  spec: TimelineSpec,
): { state: TimelineState; fixed: boolean } {
  if (s['t-from'] <= s['t-to']) return { state: s, fixed: false };
  const d = defaultState(spec);
  return { state: { ...s, 't-from': d['t-from'], 't-to': d['t-to'] }, fixed: true };
}

/** The state in a few words for `data-state`: `from=…;to=…;kinds=all;systems=all;event=none;shown=N`. */
export function describeTimelineState(s: TimelineState, spec: TimelineSpec, shown: number): string {
  const all = (list: readonly string[], of: readonly string[]) =>
    list.length === of.length ? 'all' : list.join(',') || 'none';
  const kinds = all(s['t-kinds'], spec['t-kinds'].values);
  const systems = all(s['t-systems'], spec['t-systems'].values);
  return `from=${s['t-from']};to=${s['t-to']};kinds=${kinds};systems=${systems};event=${s['t-event']};shown=${shown}`;
}
