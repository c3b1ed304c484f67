import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { BibEntrySchema, type BibEntry } from '../schemas/bibliography';
import type { MatrixDimension } from '../schemas/matrix';
import { parseBibtex } from './bibtex';
import { uniqueLabels } from './citations';
import { checkDuplicateIds, checkEntryReferences, type Referents } from './cross-refs';
import { dataKinds, type AtlasData, type DataKindName } from './data-kinds';
import { ContentError, zodProblems, type ContentProblem } from './errors';
import { assembleMatrix } from './matrix-assembly';
import { provenanceProblems, provenanceStrict } from './provenance';
import { resolveFacts } from './facts';
import { checkKernelDates } from './kernel-dates';
import type { Fact } from '../schemas/fact';

/** Everything under content/ except the pages: validated data plus the bibliography. */
export interface Atlas extends Omit<AtlasData, 'facts'> {
  /** The shared facts, with values, sources and evidence resolved (see src/lib/facts.ts). */
  facts: Fact[];
  bibliography: BibEntry[];
  bibByKey: Map<string, BibEntry>;
  /** Unique in-text labels ("Barham et al. 2003", "Xen Project 2005a") by citation key. */
  labels: Map<string, string>;
  referents: Referents;
  /** The comparison matrix: dimensions in order, each with one cell per column, in column order. */
  matrix: MatrixDimension[];
  /** The hosts that serve copies of other people's work (content/data/copy-hosts.txt). */
  copyHosts: string[];
  /** The file each data entry came from, for messages that point into the content. */
  origin: Map<unknown, string>;
  /** Gaps tolerated in work-in-progress builds (VA_WIP=1); empty in a strict build. */
  warnings: ContentProblem[];
}

/**
 * The content files, by path relative to content/: `data/timeline.yaml`, `data/cells/kvm.yaml`,
 * `references/atlas.bib`, `data/copy-hosts.txt`.
 */
export type ContentFiles = Record<string, string | undefined>;

/** Parses and validates one .bib file; problems are appended to `problems`. */
export function readBibliography(file: string, src: string, problems: ContentProblem[]): BibEntry[] {
  const { entries: raw, problems: syntax } = parseBibtex(src);
  for (const p of syntax) problems.push({ file, message: `line ${p.line}: ${p.message}` });
  const entries: BibEntry[] = [];
  for (const r of raw) {
    const parsed = BibEntrySchema.safeParse({ ...r, file });
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
  defaults: Record<string, unknown> = {},
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
  const spec = dataKinds[kind];
  const out: unknown[] = [];
  doc.forEach((item, index) => {
    const merged = item && typeof item === 'object' ? { ...defaults, ...item } : item;
    const entry = entryName(spec as { idField?: string }, merged) ?? `#${index + 1}`;
    for (const [k, v] of Object.entries(defaults)) {
      if (item && typeof item === 'object' && k in item && (item as Record<string, unknown>)[k] !== v)
        problems.push({ file, entry, field: k, message: `must be "${String(v)}", as the file name says` });
    }
    const parsed = spec.schema.safeParse(merged);
    if (parsed.success) out.push(parsed.data);
    else problems.push(...zodProblems(file, entry, parsed.error));
  });
  return out as AtlasData[K];
}

/** The name an entry goes by in messages and duplicate checks. */
function entryName(spec: { idField?: string }, item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const value = (item as Record<string, unknown>)[spec.idField ?? 'id'];
  return value === undefined ? undefined : String(value);
}

/** The data files of one kind: `data/<file>` and every `data/<stem>/*.yaml`, in name order. */
export function filesOfKind(kind: DataKindName, files: ContentFiles): string[] {
  const spec = dataKinds[kind];
  const stem = spec.file.replace(/\.yaml$/, '');
  const inDir = Object.keys(files)
    .filter((p) => p.startsWith(`data/${stem}/`) && p.endsWith('.yaml'))
    .sort();
  return [`data/${spec.file}`, ...inDir].filter((p) => files[p] !== undefined);
}

/** Builds the sets of known ids that cross-references are checked against. */
export function collectReferents(data: AtlasData, bibliography: BibEntry[]): Referents {
  return {
    citeKeys: new Set(bibliography.map((b) => b.key)),
    technologyIds: new Set(data.technologies.map((t) => t.id)),
    termIds: new Set(data.glossary.map((g) => g.id)),
    eventIds: new Set(data.timeline.map((e) => e.id)),
  };
}

/**
 * Validates the texts of every data file and the bibliography together. Throws ContentError.
 * `strict` (default: unless VA_WIP=1) makes content gaps errors rather than warnings.
 */
export function buildAtlas(files: ContentFiles, { strict = provenanceStrict() } = {}): Atlas {
  const problems: ContentProblem[] = [];
  const bibFiles = Object.keys(files)
    .filter((p) => p.startsWith('references/') && p.endsWith('.bib'))
    .sort();
  if (!bibFiles.length) problems.push({ file: 'content/references/', message: 'holds no .bib file' });
  const bibliography = bibFiles.flatMap((p) => readBibliography(`content/${p}`, files[p]!, problems));
  problems.push(
    ...checkDuplicateIds(
      'content/references/',
      bibliography.map((b) => b.key),
    ),
  );

  const data = {} as AtlasData;
  const origin = new Map<unknown, string>();
  for (const name of Object.keys(dataKinds) as DataKindName[]) {
    const kind = dataKinds[name];
    const paths = filesOfKind(name, files);
    if (!paths.length && !('optional' in kind && kind.optional))
      problems.push({ file: `content/data/${kind.file}`, message: 'is missing' });
    const entries = paths.flatMap((p) => {
      // A file in a kind's folder may name a field for all its entries (cells/kvm.yaml: system kvm).
      const inFolder = p.split('/').length > 2;
      const defaults = 'fileField' in kind && inFolder ? { [kind.fileField]: fileStem(p) } : {};
      const list = readDataFile(name, `content/${p}`, files[p]!, problems, defaults) as unknown[];
      for (const e of list) origin.set(e, `content/${p}`);
      return list;
    });
    (data as Record<string, unknown>)[name] = entries;
    problems.push(
      ...checkDuplicateIds(
        `content/data/${kind.file}`,
        entries.map((e) => ('idOf' in kind ? kind.idOf(e) : (e as { id: string }).id)),
      ),
    );
  }
  const referents = collectReferents(data, bibliography);
  for (const name of Object.keys(dataKinds) as DataKindName[]) {
    const kind = dataKinds[name];
    for (const entry of data[name] as object[]) {
      const id = 'idOf' in kind ? kind.idOf(entry) : (entry as { id: string }).id;
      problems.push(...checkEntryReferences(origin.get(entry) ?? kind.file, id, entry, referents));
    }
  }
  const copyHosts = (files['data/copy-hosts.txt'] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const gaps: ContentProblem[] = [];
  checkKernelDates(data, origin, problems);
  const matrix = assembleMatrix(data, problems, gaps);
  const facts = resolveFacts(data.facts, data.technologies, problems);
  const bibByKey = new Map(bibliography.map((b) => [b.key, b]));
  const atlas: Atlas = {
    ...data,
    facts,
    bibliography,
    bibByKey,
    labels: uniqueLabels(bibliography),
    referents,
    matrix,
    copyHosts,
    origin,
    warnings: [],
  };
  if (!problems.length) {
    const p = provenanceProblems(atlas, origin, strict);
    if (strict) problems.push(...gaps);
    else p.warnings.push(...gaps);
    problems.push(...p.errors);
    atlas.warnings = p.warnings;
  }
  if (problems.length) throw new ContentError(problems);
  return atlas;
}

const fileStem = (p: string) => p.replace(/^.*\//, '').replace(/\.yaml$/, '');

let cache: { stamp: string; atlas: Atlas } | undefined;

/** The project root: the folder holding content/. */
export const projectRoot = process.cwd();

/** Every file under content/data and content/references, by path relative to content/. */
export function readContentFiles(root = projectRoot): ContentFiles {
  const files: ContentFiles = {};
  for (const dir of ['data', 'references']) {
    const base = join(root, 'content', dir);
    if (!existsSync(base)) continue;
    for (const e of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.(ya?ml|bib|txt)$/.test(e.name)) continue;
      const rel = join(e.parentPath, e.name).slice(join(root, 'content').length + 1);
      files[rel.split('\\').join('/')] = readFileSync(join(e.parentPath, e.name), 'utf8');
    }
  }
  return files;
}

/** A stamp that changes when any content file changes. */
function contentStamp(root: string): string {
  const parts: string[] = [];
  for (const dir of ['data', 'references']) {
    const base = join(root, 'content', dir);
    if (!existsSync(base)) continue;
    for (const e of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) parts.push(`${e.name}:${statSync(join(e.parentPath, e.name)).mtimeMs}`);
    }
  }
  return parts.sort().join('|');
}

/** Loads and validates content/ from disk, re-reading only when a file changed. */
export function loadAtlas(root = projectRoot): Atlas {
  const stamp = contentStamp(root);
  if (cache?.stamp === stamp) return cache.atlas;
  const atlas = buildAtlas(readContentFiles(root));
  cache = { stamp, atlas };
  return atlas;
}
