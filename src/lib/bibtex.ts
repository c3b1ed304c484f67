/**
 * Reads the bibliography with @retorquere/bibtex-parser, the parser behind Better BibTeX for
 * Zotero, so that TeX accents ({\'i}), name particles ("van der"), braced organisation authors
 * ({Xen Project}) and dashes come out as readers expect. This module turns its output into the
 * flat shape the atlas validates: plain string fields plus parsed people.
 */
import { parse, type Creator } from '@retorquere/bibtex-parser';

/** A person or organisation named as an author or editor. */
export interface Person {
  /** Family name, with any particle kept apart in `prefix`. */
  family?: string;
  given?: string;
  /** A name particle such as "van der" or "de". */
  prefix?: string;
  suffix?: string;
  /** A name that is not split into parts: an organisation, or a braced name. */
  literal?: string;
}

/** A raw entry before schema validation. */
export interface RawBibEntry {
  type: string;
  key: string;
  /** Every field but the people, as plain text (TeX decoded). */
  fields: Record<string, string>;
  authors: Person[];
  editors: Person[];
  /** The entry exactly as written in the file, for the per-entry BibTeX copy. */
  source: string;
  /** 1-based line of the entry in its file. */
  line: number;
}

/** A syntax error in a .bib file, with the 1-based line where the broken entry starts. */
export interface BibSyntaxProblem {
  line: number;
  message: string;
}

/** Fields read verbatim (no TeX decoding): addresses and identifiers. */
const verbatimFields = ['url', 'doi', 'archive', 'eprint', 'urldate'];

/** Composed Unicode (NFC): the parser decodes `{\'i}` as i plus a combining accent. */
const nfc = (s: string | undefined) => s?.normalize('NFC');

const toPerson = (c: Creator): Person =>
  c.name
    ? { literal: nfc(c.name) }
    : { family: nfc(c.lastName), given: nfc(c.firstName), prefix: nfc(c.prefix), suffix: nfc(c.suffix) };

/** Parses BibTeX source into raw entries in file order, with any syntax problems. */
export function parseBibtex(src: string): { entries: RawBibEntry[]; problems: BibSyntaxProblem[] } {
  const lib = parse(src, {
    english: false,
    sentenceCase: false,
    caseProtection: false,
    verbatimFields,
    unsupported: 'ignore',
  });
  const lineOf = (input: string, from = 0) => {
    const at = input ? src.indexOf(input, from) : -1;
    return at < 0 ? 0 : src.slice(0, at).split('\n').length;
  };
  const problems: BibSyntaxProblem[] = lib.errors.map((e) => ({
    line: lineOf(e.input ?? ''),
    message: e.error.replace(/ in "[^"]*"$/, ''),
  }));
  const broken = new Set(lib.errors.map((e) => (e.input ?? '').trim()).filter(Boolean));
  const entries: RawBibEntry[] = [];
  let cursor = 0;
  for (const e of lib.entries) {
    if (!e.input || broken.has(e.input.trim())) continue;
    const line = lineOf(e.input, cursor);
    cursor = Math.max(cursor, src.indexOf(e.input, cursor));
    const fields: Record<string, string> = {};
    let authors: Person[] = [];
    let editors: Person[] = [];
    for (const [name, value] of Object.entries(e.fields)) {
      if (name === 'author') authors = (value as Creator[]).map(toPerson);
      else if (name === 'editor') editors = (value as Creator[]).map(toPerson);
      else fields[name] = Array.isArray(value) ? value.join('; ') : String(value);
    }
    for (const [name, value] of Object.entries(fields))
      fields[name] = nfc(value.replace(/\s+/g, ' ').trim())!;
    entries.push({ type: e.type.toLowerCase(), key: e.key, fields, authors, editors, source: e.input, line });
  }
  return { entries, problems };
}

/** A person's name as a reference list prints it: "José Matías", "Jan van der Berg", "Xen Project". */
export function displayName(p: Person): string {
  if (p.literal) return p.literal;
  return [p.given, p.prefix, p.family, p.suffix].filter(Boolean).join(' ');
}

/** The part of a name an author-year label uses: "van der Berg", "Matías", "Xen Project". */
export function labelName(p: Person): string {
  if (p.literal) return p.literal;
  return [p.prefix, p.family].filter(Boolean).join(' ');
}
