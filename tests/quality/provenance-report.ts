/**
 * Prints the provenance report: every problem the strict build would stop on, grouped by file,
 * then counts of sources by tier and of dated claims with evidence. `npm run report:provenance`.
 * Arguments filter the problems by file path (`npm run report:provenance -- timeline`).
 */
import { buildAtlas, readContentFiles } from '../../src/lib/atlas';
import { formatProblem } from '../../src/lib/errors';
import { provenanceReport } from '../../src/lib/provenance';

process.env.VA_WIP = '1';
const atlas = buildAtlas(readContentFiles());
const report = provenanceReport(atlas, atlas.origin);
const filters = process.argv.slice(2);
const gaps = atlas.warnings.filter((w) => w.message.startsWith('has no cell'));
const shown = [...report.errors, ...report.coverage, ...gaps].filter(
  (p) => !filters.length || filters.some((f) => p.file.includes(f) || (p.entry ?? '').includes(f)),
);
for (const p of shown) console.log(formatProblem(p));
const tiers = new Map<string, number>();
for (const b of atlas.bibliography)
  tiers.set(b.fields.tier ?? '(none)', (tiers.get(b.fields.tier ?? '(none)') ?? 0) + 1);
const withTokens = report.claims.filter((c) => c.tokens.length);
const byKind = new Map<string, [number, number]>();
for (const c of withTokens) {
  const [n, e] = byKind.get(c.kind) ?? [0, 0];
  byKind.set(c.kind, [n + 1, e + (c.evidence.length ? 1 : 0)]);
}
console.log(
  `\n${shown.length} problem(s) shown; ${report.errors.length} errors, ${report.coverage.length} gaps in all`,
);
console.log(`sources by tier: ${[...tiers].map(([t, n]) => `${t} ${n}`).join(', ')}`);
console.log(`dated claims with evidence: ${[...byKind].map(([k, [n, e]]) => `${k} ${e}/${n}`).join(', ')}`);
