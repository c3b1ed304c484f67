/**
 * A small BibTeX reader for the subset the site uses: `@type{key, field = {...} | "..." | 1234}`.
 * Braces nest; `@comment` and `@string` blocks are skipped. It reports the line of any error so
 * that a malformed references.bib fails the build with a pointer into the file.
 */

/** A raw entry before schema validation. */
export interface RawBibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
  line: number;
}

/** Thrown for syntax errors; carries the 1-based line. */
export class BibSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Parses BibTeX source into raw entries, in file order. */
export function parseBibtex(src: string): RawBibEntry[] {
  const entries: RawBibEntry[] = [];
  let i = 0;
  const lineAt = (pos: number) => src.slice(0, pos).split('\n').length;
  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const readBraced = (): string => {
    // src[i] is '{'; returns the inside, keeping nested braces.
    const start = i;
    let depth = 0;
    for (; i < src.length; i++) {
      if (src[i] === '{') depth++;
      else if (src[i] === '}' && --depth === 0) {
        i++;
        return src.slice(start + 1, i - 1);
      }
    }
    throw new BibSyntaxError('unbalanced braces', lineAt(start));
  };
  while (i < src.length) {
    const at = src.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const typeMatch = /^[A-Za-z]+/.exec(src.slice(i));
    if (!typeMatch) throw new BibSyntaxError('expected an entry type after @', lineAt(at));
    const type = typeMatch[0].toLowerCase();
    i += type.length;
    skipSpace();
    if (src[i] !== '{') throw new BibSyntaxError(`expected { after @${type}`, lineAt(i));
    if (type === 'comment' || type === 'string' || type === 'preamble') {
      readBraced();
      continue;
    }
    i++;
    const keyMatch = /^\s*([^,\s}]+)\s*,/.exec(src.slice(i));
    if (!keyMatch) throw new BibSyntaxError(`@${type} entry has no key`, lineAt(i));
    const key = keyMatch[1]!;
    i += keyMatch[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (src[i] === '}') {
        i++;
        break;
      }
      const nameMatch = /^([A-Za-z][\w-]*)\s*=\s*/.exec(src.slice(i));
      if (!nameMatch) throw new BibSyntaxError(`entry ${key}: expected field = value`, lineAt(i));
      const name = nameMatch[1]!.toLowerCase();
      i += nameMatch[0].length;
      let value: string;
      if (src[i] === '{') value = readBraced();
      else if (src[i] === '"') {
        const end = src.indexOf('"', i + 1);
        if (end < 0) throw new BibSyntaxError(`entry ${key}: unterminated string`, lineAt(i));
        value = src.slice(i + 1, end);
        i = end + 1;
      } else {
        const bare = /^[\w.-]+/.exec(src.slice(i));
        if (!bare) throw new BibSyntaxError(`entry ${key}: field ${name} has no value`, lineAt(i));
        value = bare[0];
        i += value.length;
      }
      if (name in fields) throw new BibSyntaxError(`entry ${key}: field ${name} twice`, lineAt(i));
      fields[name] = cleanValue(value);
      skipSpace();
      if (src[i] === ',') i++;
      else if (src[i] !== '}') throw new BibSyntaxError(`entry ${key}: expected , or }`, lineAt(i));
    }
    entries.push({ type, key, fields, line: lineAt(at) });
  }
  return entries;
}

const accents: Record<string, string> = {
  '"o': 'ö',
  '"u': 'ü',
  '"a': 'ä',
  "'e": 'é',
  '`e': 'è',
  "'a": 'á',
  '~n': 'ñ',
  ss: 'ß',
};

/** Removes protective braces, folds white space and decodes the few accents the file uses. */
export function cleanValue(v: string): string {
  return v
    .replace(/\{?\\([""'`~])\{?([a-zA-Z])\}?\}?/g, (m, a: string, c: string) => accents[a + c] ?? c)
    .replace(/\\([&_%$#])/g, '$1')
    .replace(/--/g, '–')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
