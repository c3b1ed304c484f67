import type { ContentProblem } from './errors';

/** What a cross-reference can point at. */
export interface Referents {
  citeKeys: ReadonlySet<string>;
  technologyIds: ReadonlySet<string>;
  termIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

/**
 * Field names that hold references, wherever they appear in an entry. Naming the convention once
 * lets every new kind of data be checked without code of its own.
 */
const referenceFields: Record<string, keyof Referents> = {
  sources: 'citeKeys',
  source: 'citeKeys',
  technology: 'technologyIds',
  technologies: 'technologyIds',
  system: 'technologyIds',
  systems: 'technologyIds',
  related: 'technologyIds',
  variantOf: 'technologyIds',
  terms: 'termIds',
  event: 'eventIds',
};

const what: Record<keyof Referents, string> = {
  citeKeys: 'citation key',
  technologyIds: 'technology id',
  termIds: 'glossary term',
  eventIds: 'timeline event',
};

/** Walks an entry and reports every reference field whose value is not a known referent. */
export function checkEntryReferences(
  file: string,
  entryId: string,
  entry: unknown,
  referents: Referents,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: string, kind?: keyof Referents) => {
    if (typeof value === 'string' && kind) {
      if (!referents[kind].has(value))
        problems.push({ file, entry: entryId, field: path, message: `unknown ${what[kind]} "${value}"` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, kind));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        visit(v, path ? `${path}.${k}` : k, referenceFields[k]);
      }
    }
  };
  visit(entry, '', undefined);
  return problems;
}

/** Reports ids that appear more than once in one file. */
export function checkDuplicateIds(file: string, ids: readonly string[]): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, entry: id, field: 'id', message: `duplicate id "${id}"` });
    seen.add(id);
  }
  return problems;
}
