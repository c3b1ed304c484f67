/**
 * Whether a search matched what the reader typed. Pagefind forgives typos, so a word no page
 * contains still brings up pages with similar words ("banana" finds a commit id); the dialog says
 * so instead of presenting those pages as results. A word counts as found if some page contains it
 * exactly (Pagefind's quoted search, which still allows plurals and other stems), or, for the last
 * word, which the reader may still be typing, if a highlighted word in the results begins with it.
 */

/** What the notice needs to know about one search. */
export interface MatchReport {
  /** The words of the query. */
  words: string[];
  /** The words no page contains. */
  missing: string[];
  /** How many pages Pagefind lists for the query (typo-tolerant). */
  listed: number;
}

/** The search engine, as the check needs it (Pagefind in the browser, a fake in tests). */
export interface MatchEngine {
  /** How many pages contain the word exactly. */
  countExact(word: string): Promise<number>;
  /** How many pages the ordinary search lists, and the words highlighted in the first excerpts. */
  search(query: string): Promise<{ count: number; highlighted: string[] }>;
}

const EDGE_PUNCTUATION = /^["'“”‘’([{]+|["'“”‘’)\]},.;:!?]+$/g;

/** The distinct words of a query, without quotes or punctuation around them. */
export function queryWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

/** Checks every word of the query against the engine. */
export async function checkQuery(query: string, engine: MatchEngine): Promise<MatchReport> {
  const words = queryWords(query);
  if (!words.length) return { words, missing: [], listed: 0 };
  const [counts, listed] = await Promise.all([
    Promise.all(words.map((w) => engine.countExact(w))),
    engine.search(query),
  ]);
  let missing = words.filter((_, i) => counts[i] === 0);
  const last = words[words.length - 1]!.toLowerCase();
  const marks = listed.highlighted.map((m) => m.toLowerCase().replace(EDGE_PUNCTUATION, ''));
  if (marks.some((m) => m.startsWith(last))) missing = missing.filter((w) => w.toLowerCase() !== last);
  return { words, missing, listed: listed.count };
}

/** The words inside `<mark>` in a Pagefind excerpt. */
export const markedWords = (excerpt: string): string[] =>
  [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => m[1]!.split(/\s+/)).filter(Boolean);
