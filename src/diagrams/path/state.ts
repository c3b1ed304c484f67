/**
 * The tracer's state, without a DOM: which scenario, which system (variant) and which step. The
 * URL fields are declared once, in `pathSpec`; the state's type follows from it.
 *
 *   scenario radio ─► [S', V if S' has V else first, step 0]
 *   variant radio  ─► [S, V', step 0]
 *   Prev/Next, ←/→, Home/End, a marker ─► [S, V, step k]   (k clamped to the path)
 */
import type { StateOf } from '../../lib/url-state';

/** What the rendered tracer offers: its scenarios in order, each with its variants' step counts. */
export interface PathIndex {
  scenarios: { id: string; variants: { id: string; steps: number }[] }[];
}

/** The URL fields: ?path= (scenario), ?path-via= (variant, or "first") and ?path-step=. */
export function pathSpec(index: PathIndex, defaultScenario: string) {
  const variants = [...new Set(index.scenarios.flatMap((s) => s.variants.map((v) => v.id)))];
  const longest = Math.max(...index.scenarios.flatMap((s) => s.variants.map((v) => v.steps)));
  return {
    path: { kind: 'enum' as const, values: index.scenarios.map((s) => s.id), default: defaultScenario },
    'path-via': { kind: 'enum' as const, values: ['first', ...variants], default: 'first' },
    'path-step': { kind: 'int' as const, min: 0, max: longest - 1, default: 0 },
  };
}

/** The tracer's URL fields. */
export type PathSpec = ReturnType<typeof pathSpec>;
/** The tracer's state. */
export type PathState = StateOf<PathSpec>;

/** The variant a state shows ("first" stands for the scenario's first variant) and its step count. */
export function shownVariant(index: PathIndex, state: PathState): { id: string; steps: number } {
  const scenario = index.scenarios.find((s) => s.id === state.path) ?? index.scenarios[0]!;
  return scenario.variants.find((v) => v.id === state['path-via']) ?? scenario.variants[0]!;
}

/**
 * Makes a state whose fields are each valid consistent as a whole: a variant the scenario lacks
 * falls back to its first, and a step past the path's end to the first step. `fixed` says whether
 * anything had to change (a shared link that does not fit the data).
 */
export function normalizePathState(index: PathIndex, state: PathState): { state: PathState; fixed: boolean } {
  const scenario = index.scenarios.find((s) => s.id === state.path) ?? index.scenarios[0]!;
  const via = state['path-via'];
  const hasVia = via === 'first' || scenario.variants.some((v) => v.id === via);
  const next = { ...state, 'path-via': hasVia ? via : 'first' };
  const steps = shownVariant(index, next).steps;
  if (next['path-step'] >= steps) next['path-step'] = 0;
  return { state: next, fixed: !hasVia || next['path-step'] !== state['path-step'] };
}

/** The state after choosing scenario `id`: the same system if the scenario has it, at step 1. */
export function switchScenario(index: PathIndex, state: PathState, id: string): PathState {
  const current = shownVariant(index, state).id;
  const scenario = index.scenarios.find((s) => s.id === id);
  const keep = scenario?.variants.some((v) => v.id === current) && current !== scenario.variants[0]?.id;
  return { path: id, 'path-via': keep ? current : 'first', 'path-step': 0 };
}

/** The step `delta` away from the current one (±Infinity for the ends), clamped to the path. */
export function moveStep(index: PathIndex, state: PathState, delta: number): number {
  const last = shownVariant(index, state).steps - 1;
  return Math.max(0, Math.min(last, state['path-step'] + delta));
}
