// `npm run lighthouse`: Lighthouse (mobile defaults) in Debian's Chromium against every page of
// the sitemap, served from dist/ with compression as real hosts serve it. It fails on any score
// below LH_MIN (default 1.0) in any category, or a Largest Contentful Paint over LH_LCP_MS
// (default 1200 ms). Writes docs/lighthouse.md. `npm run lighthouse -- /compare/matrix/` runs a
// subset (paths given as arguments).
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './static-server.mjs';
import { htmlPages } from './site-files.mjs';

const port = Number(process.env.LH_PORT ?? 4322);
const base = `http://127.0.0.1:${port}`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const minimum = Number(process.env.LH_MIN ?? 1);
const maxLcp = Number(process.env.LH_LCP_MS ?? 1200);

/** Every page the sitemap lists, read from dist/ (the sitemap names the configured public address). */
function sitemapPaths() {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return maps.flatMap((m) =>
    [...readFileSync(`dist${m}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]).pathname),
  );
}

const only = process.argv.slice(2);
const pages = only.length ? only : sitemapPaths();
if (!pages.length || !htmlPages().length) throw new Error('no pages: run `npm run build` first');
const stop = await serveDist(port);
const chrome = await launch({
  chromePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const rows = [];
let failed = false;
try {
  for (const path of pages) {
    const { lhr } = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (lhr.runtimeError) console.log(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = categories.map((c) => lhr.categories[c].score ?? 0);
    const lcp = Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity);
    const misses = categories.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${c}:${r.id}`),
    );
    const bad = scores.some((s) => s < minimum) || lcp > maxLcp;
    failed ||= bad;
    rows.push({ path, scores, lcp, misses, bad });
    console.log(
      `${bad ? '✗' : ' '} ${path.padEnd(40)} ${scores.map((s) => s.toFixed(2)).join('  ')}  LCP ${lcp} ms${misses.length ? `   below 1: ${misses.join(', ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  stop();
}
if (!only.length) {
  const table = [
    '| page | performance | accessibility | best practices | SEO | LCP (ms) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${r.scores.map((s) => s.toFixed(2)).join(' | ')} | ${r.lcp} |`),
  ].join('\n');
  const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
  writeFileSync(
    'docs/lighthouse.md',
    `# Lighthouse\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`npm run lighthouse\`: Lighthouse ${version} with mobile defaults (simulated throttling) in Debian's Chromium, on every page of the sitemap, served from \`dist/\` with brotli compression (tests/quality/static-server.mjs), on a 2-core machine. The gate: every score ${minimum.toFixed(2)} and LCP at most ${maxLcp} ms.\n\n${table}\n`,
  );
}
console.log(
  failed
    ? `\n✗ a score is below ${minimum} or an LCP is over ${maxLcp} ms`
    : `\nall ${rows.length} pages: every score at least ${minimum}, LCP at most ${maxLcp} ms`,
);
process.exit(failed ? 1 : 0);
