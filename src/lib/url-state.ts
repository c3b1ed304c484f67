/**
 * The URL-state codec shared by every widget. A widget declares its fields; parsing never throws:
 * junk (unknown ids, repeats, overlong values, markup, broken encoding) falls back to the field's
 * default and yields a notice the widget shows as plain text.
 */

/** How one field of a widget's state is written in the query string. */
export type FieldSpec =
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'int'; min: number; max: number; default: number }
  | { kind: 'bool'; default: boolean }
  | { kind: 'list'; values: readonly string[]; default: readonly string[]; min?: number; max?: number };

/** A widget's fields, keyed by query parameter name. */
export type StateSpec = Record<string, FieldSpec>;

/**
 * The decoded value of each field. An enum or list whose values are a literal tuple (a spec written
 * `as const`) decodes to the union of those values; one built from data decodes to string.
 */
export type StateOf<S extends StateSpec> = {
  [K in keyof S]: S[K] extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : S[K] extends { kind: 'int' }
      ? number
      : S[K] extends { kind: 'bool' }
        ? boolean
        : S[K] extends { kind: 'list'; values: readonly (infer V)[] }
          ? readonly V[]
          : never;
};

/** Longest raw value accepted for any field; longer ones are junk. */
export const MAX_VALUE_LENGTH = 200;

/** The state's defaults. */
export function defaultState<S extends StateSpec>(spec: S): StateOf<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.default])) as StateOf<S>;
}

function decodeField(f: FieldSpec, raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.length > MAX_VALUE_LENGTH || raw.includes('\uFFFD')) return { ok: false };
  switch (f.kind) {
    case 'enum':
      return f.values.includes(raw) ? { ok: true, value: raw } : { ok: false };
    case 'int': {
      if (!/^-?\d{1,6}$/.test(raw)) return { ok: false };
      const n = Number(raw);
      return n >= f.min && n <= f.max ? { ok: true, value: n } : { ok: false };
    }
    case 'bool':
      return raw === '1' || raw === '0' ? { ok: true, value: raw === '1' } : { ok: false };
    case 'list': {
      const items = raw === '' ? [] : raw.split(',');
      const unique = new Set(items);
      if (unique.size !== items.length) return { ok: false };
      if (!items.every((i) => f.values.includes(i))) return { ok: false };
      if (items.length < (f.min ?? 0) || items.length > (f.max ?? f.values.length)) return { ok: false };
      return { ok: true, value: items };
    }
  }
}

/** Decodes a widget's fields from a query string. Unknown parameters are left to other widgets. */
export function parseState<S extends StateSpec>(
  spec: S,
  query: string | URLSearchParams,
): { state: StateOf<S>; rejected: string[] } {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { state: defaultState(spec), rejected: ['(query)'] };
  }
  const state = defaultState(spec) as Record<string, unknown>;
  const rejected: string[] = [];
  for (const [name, f] of Object.entries(spec)) {
    const all = params.getAll(name);
    if (all.length === 0) continue;
    const decoded = all.length === 1 ? decodeField(f, all[0]!) : { ok: false as const };
    if (decoded.ok) state[name] = decoded.value;
    else rejected.push(name);
  }
  return { state: state as StateOf<S>, rejected };
}

/** Encodes the fields that differ from their defaults into `params` (others are removed). */
export function writeState<S extends StateSpec>(
  spec: S,
  state: StateOf<S>,
  params: URLSearchParams,
): URLSearchParams {
  for (const [name, f] of Object.entries(spec)) {
    const v = (state as Record<string, unknown>)[name];
    params.delete(name);
    const isDefault = Array.isArray(v)
      ? v.join(',') === (f.default as readonly string[]).join(',')
      : v === f.default;
    if (isDefault) continue;
    params.set(name, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return params;
}

/** The short, plain-text notice a widget shows when it ignored parts of the URL. */
export function rejectionNotice(rejected: readonly string[]): string {
  return rejected.length
    ? 'Part of this link could not be understood, so the default view is shown for it.'
    : '';
}
