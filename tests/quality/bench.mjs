// `npm run bench`: builds the real site and a copy with ten times the pages (synthetic copies in a
// temporary folder, never committed), reports build time per page and Pagefind index size for
// both, then measures search latency in Chromium for ten typical queries.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

const root = process.cwd();
const queries = [
  'dom0',
  'beancounters',
  'VMCS',
  'hypercall',
  '2.6.20',
  'shadow page table',
  'live migration',
  'virtio',
  'grant table',
  'container',
];

function dirSize(dir) {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) n += s.size;
  }
  return n;
}

function build(docsDir, outDir) {
  const start = process.hrtime.bigint();
  const env = { ...process.env, ...(docsDir ? { VA_DOCS_DIR: docsDir } : {}) };
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => f.endsWith('.html')).length;
  return { seconds, pages, perPage: (seconds * 1000) / pages, pagefind: dirSize(join(outDir, 'pagefind')) };
}

/**
 * A temporary copy of content/docs multiplied by `factor` (copies 2..factor are synthetic). It is
 * kept in a folder named content/docs, as the build's link check requires.
 */
function multiplied(factor) {
  const dir = mkdtempSync(join(tmpdir(), 'va-bench-'));
  const docs = join(dir, 'content', 'docs');
  cpSync(join(root, 'content', 'docs'), docs, { recursive: true });
  const files = readdirSync(docs, { recursive: true }).filter(
    (f) => /\.mdx?$/.test(f) && !/^(index|404)\.mdx$/.test(f),
  );
  for (let copy = 2; copy <= factor; copy++) {
    for (const f of files) {
      const src = readFileSync(join(docs, f), 'utf8').replace(/^title: (.*)$/m, (_, t) => {
        const plain = t.trim().replace(/^(['"])(.*)\1$/, '$2');
        return `title: ${JSON.stringify(`${plain} (synthetic copy ${copy})`)}`;
      });
      const target = join(docs, 'synthetic', String(copy), f);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, src);
    }
  }
  return dir;
}

async function searchLatency(outDir) {
  const port = 4390;
  const server = spawn('python3', ['-m', 'http.server', String(port), '-d', outDir, '--bind', '127.0.0.1'], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const rows = [];
  try {
    // Engine: Pagefind's own API, from query to the first result's data (index chunks loaded).
    await page.evaluate(async () => {
      window.pf = await import('/pagefind/pagefind.js');
      await window.pf.init();
      await (await window.pf.search('warmup')).results[0]?.data();
    });
    for (const q of queries) {
      const engine = await page.evaluate(async (q) => {
        const t0 = performance.now();
        const r = await window.pf.search(q);
        await r.results[0]?.data();
        return { ms: performance.now() - t0, hits: r.results.length };
      }, q);
      // UI: from the last keystroke in Starlight's search box to the first result on screen.
      await page.getByRole('button', { name: 'Search' }).click();
      const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
      await input.fill('');
      await page.waitForTimeout(350);
      const ui = await page.evaluate(
        (q) =>
          new Promise((resolve) => {
            const input = document.querySelector('#va-search-results input');
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              const first = document.querySelector('#va-search-results .pagefind-ui__result-link');
              if (first) {
                obs.disconnect();
                resolve(performance.now() - t0);
              }
            });
            obs.observe(document.querySelector('#va-search-results'), { childList: true, subtree: true });
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => resolve(NaN), 5000);
          }),
        q,
      );
      await page.keyboard.press('Escape');
      rows.push({ q, engine: engine.ms, hits: engine.hits, ui });
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return rows;
}

const f1 = (n) => n.toFixed(1);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);

const realOut = mkdtempSync(join(tmpdir(), 'va-bench-real-'));
const real = build(undefined, realOut);
const bigDir = multiplied(10);
const bigOut = join(bigDir, 'dist');
const big = build(join(bigDir, 'content', 'docs'), bigOut);
console.log('\n| site | pages | build time | per page | Pagefind index |');
console.log('| --- | --- | --- | --- | --- |');
console.log(
  `| real | ${real.pages} | ${f1(real.seconds)} s | ${f1(real.perPage)} ms | ${kb(real.pagefind)} |`,
);
console.log(
  `| ×10 synthetic | ${big.pages} | ${f1(big.seconds)} s | ${f1(big.perPage)} ms | ${kb(big.pagefind)} |`,
);
console.log(
  `\ngrowth: pages ×${f1(big.pages / real.pages)}, build time ×${f1(big.seconds / real.seconds)} (per page ×${(big.perPage / real.perPage).toFixed(2)}), index ×${f1(big.pagefind / real.pagefind)}`,
);

const latency = await searchLatency(realOut);
console.log('\n| query | results | engine (ms) | keystroke to first result in the UI (ms) |');
console.log('| --- | --- | --- | --- |');
for (const r of latency) console.log(`| ${r.q} | ${r.hits} | ${f1(r.engine)} | ${f1(r.ui)} |`);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `\nmedian engine ${f1(med(latency.map((r) => r.engine)))} ms, median UI ${f1(med(latency.map((r) => r.ui)))} ms (the UI figure includes the 60 ms keystroke debounce set in src/components/search/site-search.ts)`,
);
rmSync(realOut, { recursive: true, force: true });
rmSync(bigDir, { recursive: true, force: true });
