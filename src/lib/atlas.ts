import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { BibEntrySchema, type BibEntry } from '../schemas/bibliography';
import { BibSyntaxError, parseBibtex } from './bibtex';
import { uniqueLabels } from './citations';
import { checkDuplicateIds, checkEntryReferences, type Referents } from './cross-refs';
import { dataKinds, type AtlasData, type DataKindName } from './data-kinds';
import { ContentError, zodProblems, type ContentProblem } from './errors';

/** Everything under content/ except the pages: validated data plus the bibliography. */
export interface Atlas extends AtlasData {
  bibliography: BibEntry[];
  bibByKey: Map<string, BibEntry>;
  /** Unique in-text labels ("Barham et al. 2003", "Xen Project 2005a") by citation key. */
  labels: Map<string, string>;
  referents: Referents;
}

/** Parses and validates the bibliography source; problems are appended to `problems`. */
export function readBibliography(file: string, src: string, problems: ContentProblem[]): BibEntry[] {
  let raw;
  try {
    raw = parseBibtex(src);
  } catch (e) {
    if (e instanceof BibSyntaxError) {
      problems.push({ file, message: e.message });
      return [];
    }
    throw e;
  }
  problems.push(
    ...checkDuplicateIds(
      file,
      raw.map((r) => r.key),
    ),
  );
  const entries: BibEntry[] = [];
  for (const r of raw) {
    const parsed = BibEntrySchema.safeParse(r);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(...zodProblems(file, r.key, parsed.error));
  }
  return entries;
}

/** Parses one YAML data file of the given kind; problems are appended to `problems`. */
export function readDataFile<K extends DataKindName>(
  kind: K,
  file: string,
  src: string,
  problems: ContentProblem[],
): AtlasData[K] {
  let doc: unknown;
  try {
    doc = loadYaml(src, { filename: file });
  } catch (e) {
    problems.push({ file, message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return [];
  }
  if (doc == null) return [];
  if (!Array.isArray(doc)) {
    problems.push({ file, message: 'must be a YAML list of entries' });
    return [];
  }
  const out: unknown[] = [];
  doc.forEach((item, index) => {
    const entry = item && typeof item === 'object' && 'id' in item ? String(item.id) : `#${index + 1}`;
    const parsed = dataKinds[kind].schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else problems.push(...zodProblems(file, entry, parsed.error));
  });
  problems.push(
    ...checkDuplicateIds(
      file,
      out.map((e) => (e as { id: string }).id),
    ),
  );
  return out as AtlasData[K];
}

/** Builds the sets of known ids that cross-references are checked against. */
export function collectReferents(data: AtlasData, bibliography: BibEntry[]): Referents {
  return {
    citeKeys: new Set(bibliography.map((b) => b.key)),
    technologyIds: new Set(data.technologies.map((t) => t.id)),
    termIds: new Set(data.glossary.map((g) => g.id)),
  };
}

/** Validates the texts of every data file and the bibliography together. Throws ContentError. */
export function buildAtlas(files: Record<string, string | undefined>, bibSrc: string): Atlas {
  const problems: ContentProblem[] = [];
  const bibliography = readBibliography('content/references.bib', bibSrc, problems);
  const data = {} as AtlasData;
  for (const name of Object.keys(dataKinds) as DataKindName[]) {
    const kind = dataKinds[name];
    const path = `content/data/${kind.file}`;
    const src = files[kind.file];
    if (src === undefined) {
      if (!('optional' in kind && kind.optional)) problems.push({ file: path, message: 'is missing' });
      (data as Record<string, unknown>)[name] = [];
      continue;
    }
    (data as Record<string, unknown>)[name] = readDataFile(name, path, src, problems);
  }
  const referents = collectReferents(data, bibliography);
  for (const name of Object.keys(dataKinds) as DataKindName[]) {
    const path = `content/data/${dataKinds[name].file}`;
    for (const entry of data[name] as { id: string }[]) {
      problems.push(...checkEntryReferences(path, entry.id, entry, referents));
    }
  }
  if (problems.length) throw new ContentError(problems);
  return {
    ...data,
    bibliography,
    bibByKey: new Map(bibliography.map((b) => [b.key, b])),
    labels: uniqueLabels(bibliography),
    referents,
  };
}

let cache: { stamp: string; atlas: Atlas } | undefined;

/** The project root: the folder holding content/. */
export const projectRoot = process.cwd();

/** Loads and validates content/ from disk, re-reading only when a file changed. */
export function loadAtlas(root = projectRoot): Atlas {
  const names = [...Object.values(dataKinds).map((k) => join('data', k.file)), 'references.bib'];
  const paths = names.map((n) => join(root, 'content', n));
  const stamp = paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)).join(':');
  if (cache?.stamp === stamp) return cache.atlas;
  const files: Record<string, string | undefined> = {};
  for (const kind of Object.values(dataKinds)) {
    const p = join(root, 'content', 'data', kind.file);
    files[kind.file] = existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  }
  const bibPath = join(root, 'content', 'references.bib');
  if (!existsSync(bibPath)) {
    throw new ContentError([{ file: relative(root, bibPath), message: 'is missing' }]);
  }
  const atlas = buildAtlas(files, readFileSync(bibPath, 'utf8'));
  cache = { stamp, atlas };
  return atlas;
}
