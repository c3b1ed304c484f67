// Citation links by source tier over the built site: of the links to a bibliography entry that a
// reader meets on the pages (the bibliography itself excepted), what share go to primary, secondary
// and tertiary sources. The gate: at least 80% primary and at most 5% tertiary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlPages } from './site-files.mjs';

/** The thresholds, as shares of all citation links. */
export const citationGates = { minPrimary: 0.8, maxTertiary: 0.05 };

/** Counts citation links by tier; returns the counts, shares, worst pages and any failures. */
export function checkCitations() {
  const { sources } = JSON.parse(readFileSync(join(dist, 'data', 'sources.json'), 'utf8'));
  const tierOf = new Map(sources.map((s) => [s.id, s.tier ?? 'none']));
  const counts = { primary: 0, secondary: 0, tertiary: 0, none: 0 };
  const byKey = new Map();
  const pages = [];
  for (const { file, path } of htmlPages()) {
    if (path === '/reference/bibliography/') continue;
    const html = readFileSync(file, 'utf8');
    const page = { path, primary: 0, total: 0 };
    for (const m of html.matchAll(/href="\/reference\/bibliography\/#([^"]+)"/g)) {
      const tier = tierOf.get(m[1]) ?? 'none';
      counts[tier] += 1;
      page.total += 1;
      if (tier === 'primary') page.primary += 1;
      else byKey.set(m[1], (byKey.get(m[1]) ?? 0) + 1);
    }
    if (page.total) pages.push(page);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const share = (n) => (total ? n / total : 0);
  const failures = [];
  if (share(counts.primary) < citationGates.minPrimary)
    failures.push(
      `primary citation links ${(100 * share(counts.primary)).toFixed(1)}% < ${100 * citationGates.minPrimary}%`,
    );
  if (share(counts.tertiary) > citationGates.maxTertiary)
    failures.push(
      `tertiary citation links ${(100 * share(counts.tertiary)).toFixed(1)}% > ${100 * citationGates.maxTertiary}%`,
    );
  if (counts.none) failures.push(`${counts.none} citation links go to sources without a tier`);
  const nonPrimary = [...byKey].sort((a, b) => b[1] - a[1]);
  return { total, counts, share, pages, nonPrimary, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = checkCitations();
  const pct = (n) => `${(100 * r.share(n)).toFixed(1)}%`;
  console.log(
    `${r.total} citation links: primary ${r.counts.primary} (${pct(r.counts.primary)}), secondary ${r.counts.secondary} (${pct(r.counts.secondary)}), tertiary ${r.counts.tertiary} (${pct(r.counts.tertiary)}), no tier ${r.counts.none}`,
  );
  console.log('most-cited non-primary sources:');
  for (const [k, n] of r.nonPrimary.slice(0, Number(process.argv[2] ?? 25))) console.log(`  ${n}\t${k}`);
  for (const f of r.failures) console.log(`  ✗ ${f}`);
}
