import type { BibEntry } from '../schemas/bibliography';
import { displayName, labelName, type Person } from './bibtex';
import { MONTHS } from './dates';

/** The display names of an entry's authors ("others" becomes "et al." when joined). */
export function authorNames(e: BibEntry): string[] {
  return e.authors.map(displayName);
}

const isOthers = (p: Person) => (p.literal ?? p.family) === 'others';

/** The short in-text label of an entry, e.g. "Barham et al. 2003" or "LWN 2007". */
export function shortLabel(e: BibEntry): string {
  const f = e.fields;
  const people = e.authors.length ? e.authors : e.editors;
  let who: string;
  if (f.shortauthor) who = f.shortauthor;
  // Organization names may carry an explanation in parentheses; the label keeps only the name.
  else if (people.length === 0) who = (f.organization ?? f.publisher ?? 'Anon.').replace(/\s*\([^)]*\)/g, '');
  else if (people.length === 1) who = labelName(people[0]!);
  else if (people.length === 2 && !isOthers(people[1]!))
    who = `${labelName(people[0]!)} and ${labelName(people[1]!)}`;
  else who = `${labelName(people[0]!)} et al.`;
  return `${who} ${f.year}`;
}

/** Joins display names the way a reference list does: "A, B and C". */
function joinNames(names: string[]): string {
  const shown = names.map((n) => (n === 'others' ? 'et al.' : n));
  if (shown.length <= 1) return shown.join('');
  if (shown[shown.length - 1] === 'et al.') return `${shown.slice(0, -1).join(', ')} et al.`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The venue line of an entry: journal, proceedings, publisher or site. */
export function venueOf(e: BibEntry): string {
  const f = e.fields;
  const parts = [
    f.journal ?? f.booktitle ?? f.howpublished ?? f.publisher ?? f.institution ?? f.organization,
    f.volume ? `vol. ${f.volume}${f.number ? `(${f.number})` : ''}` : undefined,
    f.pages ? `pp. ${f.pages}` : undefined,
    e.type === 'techreport' && f.number && !f.volume ? `report ${f.number}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The structured parts of a formatted reference, for rendering as HTML or plain text. */
export interface FormattedReference {
  authors: string;
  title: string;
  venue: string;
  date: string;
  url?: string;
  doi?: string;
}

/** A BibTeX month as a reader writes it: the parser gives "10" for `October` or `oct`. */
export function monthName(month: string | undefined): string | undefined {
  if (!month) return undefined;
  const n = Number(month);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTHS[n - 1] : month;
}

/** Formats an entry into authors, title, venue, date ("19 October 2006") and link. */
export function formatReference(e: BibEntry): FormattedReference {
  const f = e.fields;
  const authors = joinNames(authorNames(e)) || f.organization || joinNames(e.editors.map(displayName)) || '';
  const date = [f.day, monthName(f.month), f.year].filter(Boolean).join(' ');
  return {
    authors,
    title: f.title,
    venue: venueOf(e),
    date,
    url: f.url,
    doi: f.doi,
  };
}

/** The citation keys an author wrote in `[@a; @b]` groups, in order, with repeats. */
export function extractCiteKeys(text: string): string[] {
  const keys: string[] = [];
  for (const group of text.matchAll(/\[(@[^\]]+)\]/g)) {
    for (const m of group[1]!.matchAll(/@([A-Za-z0-9_:-]+)/g)) keys.push(m[1]!);
  }
  return keys;
}

/**
 * In-text labels for a whole bibliography, made unique the author-year way: when two entries
 * would both read "Xen Project 2005", they become "Xen Project 2005a" and "2005b" in file order.
 */
export function uniqueLabels(entries: readonly BibEntry[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const base = shortLabel(e);
    groups.set(base, [...(groups.get(base) ?? []), e.key]);
  }
  const labels = new Map<string, string>();
  for (const [base, keys] of groups) {
    keys.forEach((k, i) =>
      labels.set(k, keys.length > 1 ? `${base}${String.fromCharCode(97 + (i % 26))}` : base),
    );
  }
  return labels;
}
