/**
 * Small DOM helpers shared by the diagrams' custom elements. They stay tiny on purpose: each
 * diagram page must ship little JavaScript.
 */
import { parseState, rejectionNotice, writeState, type StateOf, type StateSpec } from '../../lib/url-state';
import type { SourceRef } from './sources';

/** Reads a widget's state from the current URL; shows a notice in `notice` if parts were junk. */
export function readUrlState<S extends StateSpec>(spec: S, notice: Element | null): StateOf<S> {
  const { state, rejected } = parseState(spec, location.search);
  if (notice) notice.textContent = rejectionNotice(rejected);
  return state;
}

/** Writes a widget's state into the URL without adding a history entry. */
export function writeUrlState<S extends StateSpec>(spec: S, state: StateOf<S>): void {
  const params = writeState(spec, state, new URLSearchParams(location.search));
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Fills `el` with bracketed source links, as text nodes and anchors (never as HTML). */
export function renderSources(el: Element, refs: readonly SourceRef[]): void {
  el.replaceChildren();
  if (!refs.length) return;
  el.append('[');
  refs.forEach((r, i) => {
    if (i) el.append('; ');
    const a = document.createElement('a');
    a.href = r.href;
    a.textContent = r.label;
    el.append(a);
  });
  el.append(']');
}

/** Parses the JSON payload a diagram's .astro component embedded for its custom element. */
export function readPayload<T>(root: Element): T {
  const script = root.querySelector('script[type="application/json"]');
  return JSON.parse(script?.textContent ?? 'null') as T;
}
