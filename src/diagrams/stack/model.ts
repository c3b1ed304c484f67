/**
 * The stack explorer's state and what it shows at a date: the URL fields, the systems drawn (a
 * system not yet released or already ended at the date is replaced), and the words that say so.
 * Pure and free of zod: the build-time component and the browser both use it.
 */
import { compareDates, lifeAt, type Lifespan } from '../../lib/at-date';
import { formatPartialDate } from '../../lib/dates';
import type { StateOf, StateSpec } from '../../lib/url-state';

/** The explorer's URL fields: the system, the one compared with it, and the selected layer. */
export function stackSpec(ids: readonly string[], keys: readonly string[], defaultId: string) {
  return {
    stack: { kind: 'enum', values: ids, default: defaultId },
    'stack-vs': { kind: 'enum', values: ['none', ...ids], default: 'none' },
    'stack-layer': { kind: 'enum', values: ['none', ...keys], default: 'none' },
  } as const satisfies StateSpec;
}
/** The explorer's URL fields. */
export type StackSpec = ReturnType<typeof stackSpec>;
/** The explorer's state. */
export type StackState = StateOf<StackSpec>;

/** A system as the explorer's logic needs it. */
export interface SystemLite {
  id: string;
  label: string;
  /** When the system as drawn existed; none for a system that always has. */
  span?: Lifespan;
  /** The system compare mode starts with beside this one. */
  partner: string;
}

/** Whether a system existed at a date. */
export function lifeOf(s: SystemLite, at: string): 'not-yet' | 'alive' | 'ended' {
  return s.span ? lifeAt(s.span, at) : 'alive';
}

/** Why a system is not offered at a date, in words: "first released November 2018". */
export function lifeReason(span: Lifespan | undefined, life: 'not-yet' | 'ended'): string {
  if (!span) return '';
  return life === 'not-yet'
    ? `first released ${formatPartialDate(span.first)}`
    : `ended ${formatPartialDate(span.last!)}`;
}

/** A state made whole: a system is never compared with itself. */
export function normalizeStackState(state: StackState, partnerOf: (id: string) => string): StackState {
  return state['stack-vs'] === state.stack ? { ...state, 'stack-vs': partnerOf(state.stack) } : state;
}

/** A system the date ruled out, and why. */
export interface Replaced {
  id: string;
  life: 'not-yet' | 'ended';
}

/** What the explorer draws for a state at a date. */
export interface StackView {
  /** The system drawn, or none when no system existed yet. */
  primary?: string;
  /** The system drawn beside it in compare mode. */
  vs?: string;
  replaced?: Replaced;
  replacedVs?: Replaced;
}

/**
 * The systems drawn for a state at a date. A system that did not exist then is replaced: the first
 * by the default system (or the first alive one), the second by the first one's partner (or the
 * next alive one that is not the first).
 */
export function stackView(
  state: StackState,
  systems: readonly SystemLite[],
  defaultId: string,
  at: string,
): StackView {
  const byId = new Map(systems.map((s) => [s.id, s]));
  /** Why a system is ruled out at the date, or undefined when it existed then. */
  const ruledOut = (id: string): Replaced | undefined => {
    const life = lifeOf(byId.get(id)!, at);
    return life === 'alive' ? undefined : { id, life };
  };
  const alive = (id: string) => byId.has(id) && !ruledOut(id);
  const order = systems.map((s) => s.id);
  const view: StackView = {};
  view.replaced = ruledOut(state.stack);
  view.primary = view.replaced ? [defaultId, ...order].find(alive) : state.stack;
  const vs = state['stack-vs'];
  if (vs === 'none' || !view.primary) return view;
  view.replacedVs = ruledOut(vs);
  const partner = byId.get(view.primary)!.partner;
  view.vs =
    !view.replacedVs && vs !== view.primary
      ? vs
      : [partner, ...order].find((id) => id !== view.primary && alive(id));
  return view;
}

/** The notice that says which systems the date replaced, or '' when none was. */
export function viewNotice(view: StackView, systems: readonly SystemLite[], at: string): string {
  const byId = new Map(systems.map((s) => [s.id, s]));
  const date = formatPartialDate(at);
  // "on 1 March 2010", but "in March 2010" and "in 2010".
  const when = at.length > 7 ? `on ${date}` : `in ${date}`;
  const why = (r: Replaced) => {
    const s = byId.get(r.id)!;
    return r.life === 'not-yet'
      ? `${s.label} did not exist yet ${when} (${lifeReason(s.span, r.life)})`
      : `${s.label} had ended by ${date} (${lifeReason(s.span, r.life)})`;
  };
  const parts: string[] = [];
  if (view.replaced)
    parts.push(
      view.primary
        ? `${why(view.replaced)}, so ${byId.get(view.primary)!.label} is drawn instead.`
        : `${why(view.replaced)}, and no other system here existed yet.`,
    );
  if (view.replacedVs)
    parts.push(
      view.vs
        ? `${why(view.replacedVs)}, so it is compared with ${byId.get(view.vs)!.label} instead.`
        : `${why(view.replacedVs)}, and no other system is left to compare with.`,
    );
  return parts.join(' ');
}

/**
 * The date an explorer opens at: today, unless its first system had ended by then. A page about
 * an ended system (lguest) then opens at the last month it existed, so that it shows that system.
 */
export function openingDate(span: Lifespan | undefined, today: string): string | undefined {
  if (!span?.last || compareDates(today, span.last) < 0) return undefined;
  const [y, m, d] = span.last.split('-').map(Number) as [number, number?, number?];
  const before = d
    ? new Date(Date.UTC(y, m! - 1, d - 1)).toISOString().slice(0, 10)
    : m
      ? m > 1
        ? `${y}-${String(m - 1).padStart(2, '0')}`
        : `${y - 1}-12`
      : `${y - 1}`;
  return compareDates(before, span.first) < 0 ? span.first : before;
}
