// `npm run lighthouse`: Lighthouse (mobile defaults) in Debian's Chromium against the built site
// served by `astro preview`, on the six pages the quality issue names. Writes docs/lighthouse.md.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.LH_PORT ?? 4322);
const base = `http://127.0.0.1:${port}`;
const pages = [
  '/',
  '/technologies/kvm/',
  '/technologies/paravirt-ops/',
  '/compare/matrix/',
  '/compare/timeline/',
  '/compare/decision-guide/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const minimum = Number(process.env.LH_MIN ?? 0.99);

async function waitFor(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--force'], {
  stdio: 'ignore',
  detached: true,
});
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
  await waitFor(`${base}/`);
  for (const path of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) console.log(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = categories.map((c) => lhr.categories[c].score ?? 0);
    const misses = categories.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${c}:${r.id}`),
    );
    rows.push({ path, scores, misses });
    if (scores.some((s) => s < minimum)) failed = true;
    console.log(
      `${path.padEnd(32)} ${scores.map((s) => s.toFixed(2)).join('  ')}${misses.length ? `   below 1: ${misses.join(', ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  try {
    process.kill(-server.pid);
  } catch {}
}
const table = [
  '| page | performance | accessibility | best practices | SEO |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| \`${r.path}\` | ${r.scores.map((s) => s.toFixed(2)).join(' | ')} |`),
].join('\n');
const when = new Date().toISOString().slice(0, 10);
writeFileSync(
  'docs/lighthouse.md',
  `# Lighthouse\n\nMeasured ${when} by \`npm run lighthouse\`: Lighthouse ${lighthouseVersion()} with mobile defaults (simulated throttling) in Debian's Chromium, against \`astro preview\` of the production build, on a 2-core machine.\n\n${table}\n`,
);
function lighthouseVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
}
console.log(failed ? `\nsome score is below ${minimum}` : `\nall scores at least ${minimum}`);
process.exit(failed ? 1 : 0);
