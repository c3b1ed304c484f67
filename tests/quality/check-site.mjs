// `npm run check:site`: HTML validity, links and fragments, and size budgets over dist/.
// Prints a report in the style of size-limit and exits non-zero on any failure.
import { checkHtml } from './check-html.mjs';
import { checkLinks } from './check-links.mjs';
import { budgets, checkSize, kb, matrixPath } from './check-size.mjs';

let failed = false;
const section = (title) => console.log(`\n== ${title}`);

section('Links and fragments');
const links = checkLinks();
console.log(`${links.checked} links on ${links.pages} pages checked, ${links.problems.length} problems`);
for (const p of links.problems) console.log(`  ✗ ${p}`);
failed ||= links.problems.length > 0;

section('Size (gzip)');
const size = checkSize();
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `${pad('page', 44)}${pad('HTML', 10)}${pad('CSS', 10)}${pad('JS', 10)}${pad('JS beyond base', 16)}kind`,
);
for (const r of size.rows) {
  console.log(
    `${pad(r.path, 44)}${pad(kb(r.html), 10)}${pad(kb(r.css), 10)}${pad(kb(r.js), 10)}${pad(kb(r.beyond), 16)}${r.diagram ? 'diagram' : 'text'}`,
  );
}
const heaviest = (kind) =>
  size.rows.filter((r) => r.diagram === (kind === 'diagram')).sort((a, b) => b.js - a.js)[0];
const ht = heaviest('text');
const hd = heaviest('diagram');
console.log(`baseline (Starlight's own, the lightest docs page): ${kb(size.baseline)}`);
if (ht)
  console.log(
    `heaviest text page: ${ht.path} ${kb(ht.js)} (budget ${kb(budgets.textTotalJs)}, ${kb(ht.beyond)} beyond; budget ${kb(budgets.textBeyondJs)})`,
  );
if (hd)
  console.log(
    `heaviest diagram page: ${hd.path} ${kb(hd.js)} (budget ${kb(budgets.diagramTotalJs)}, ${kb(hd.beyond)} beyond; budget ${kb(budgets.diagramBeyondJs)})`,
  );
const matrix = size.rows.find((r) => r.path === matrixPath);
if (matrix) console.log(`matrix page HTML: ${kb(matrix.html)} (budget ${kb(budgets.matrixHtml)})`);
for (const f of size.failures) console.log(`  ✗ ${f}`);
failed ||= size.failures.length > 0;

section('HTML validity (Nu HTML Checker)');
if (process.env.SKIP_VNU) console.log('skipped (SKIP_VNU is set)');
else {
  const html = checkHtml();
  console.log(`${html.files} pages checked, ${html.errors.length} errors`);
  for (const e of html.errors.slice(0, 50)) console.log(`  ✗ ${e}`);
  failed ||= html.errors.length > 0;
}

console.log(failed ? '\ncheck:site FAILED' : '\ncheck:site passed');
process.exit(failed ? 1 : 0);
