/**
 * Where the guide sends the reader next: the side-by-side view of its top two systems and the
 * matrix, both at the date the guide shows (no `at` for today). Pure; the page and the browser
 * share it.
 */
import type { RankedRow } from '../../lib/decision';

const atQuery = (at?: string) => (at ? `at=${encodeURIComponent(at)}` : '');

/** The two systems to compare: the first two ranked, padded in the guide's order when fewer rank. */
export function topTwo(rows: readonly RankedRow[]): string[] {
  const ranked = rows.filter((r) => r.available && !r.excluded).map((r) => r.technology);
  const rest = rows.map((r) => r.technology).filter((t) => !ranked.includes(t));
  return [...ranked, ...rest].slice(0, 2);
}

/** `/compare/side-by-side/?systems=kvm,xen` (with `&at=` away from today). */
export function compareHref(rows: readonly RankedRow[], at?: string): string {
  const q = [`systems=${topTwo(rows).join(',')}`, atQuery(at)].filter(Boolean).join('&');
  return `/compare/side-by-side/?${q}`;
}

/** `/compare/matrix/` (with `?at=` away from today). */
export function matrixHref(at?: string): string {
  return at ? `/compare/matrix/?${atQuery(at)}` : '/compare/matrix/';
}
