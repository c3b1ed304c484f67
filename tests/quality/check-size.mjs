// Measures each page's HTML, CSS and JavaScript (gzip) and checks the budgets.
import { attrValues, fileFor, gz, htmlPages, moduleGraph, readFileSync } from './site-files.mjs';

/** Budgets in bytes (gzip). "Beyond" is measured against Starlight's own JavaScript on a docs page. */
export const budgets = {
  textTotalJs: 32 * 1024,
  textBeyondJs: 2 * 1024,
  diagramTotalJs: 65 * 1024,
  diagramBeyondJs: 35 * 1024,
  /** The comparison matrix, with every system as a column, in one page of HTML. */
  matrixHtml: 40 * 1024,
};

/** The page the matrix HTML budget applies to. */
export const matrixPath = '/compare/matrix/';

/** Per-page sizes and the budget failures. */
export function checkSize() {
  const rows = htmlPages().map((p) => {
    const html = readFileSync(p.file, 'utf8');
    const css = attrValues(html, 'link[^>]*rel="stylesheet"', 'href');
    const scripts = attrValues(html, 'script', 'src').filter((s) => s.startsWith('/'));
    // Inline module scripts import bundled chunks too, statically or (the deferred loader of
    // lib/defer-scripts.ts) from a list of URLs: count every site script they name.
    for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
      for (const i of m[1].matchAll(/["'](\/[^"'\s]+\.js)["']/g)) scripts.push(i[1]);
    const modules = new Set();
    for (const s of scripts) moduleGraph(s, modules);
    const inlineJs = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
    ]
      .map((m) => m[1])
      .join('\n');
    const jsBytes =
      [...modules].reduce((n, u) => n + gz(readFileSync(fileFor(u))), 0) + (inlineJs ? gz(inlineJs) : 0);
    const cssBytes = css.reduce((n, u) => n + (fileFor(u) ? gz(readFileSync(fileFor(u))) : 0), 0);
    return {
      path: p.path,
      html: gz(html),
      css: cssBytes,
      js: jsBytes,
      diagram: /\sdata-diagram="/.test(html),
      toc: html.includes('<starlight-toc'),
    };
  });
  // Starlight's own JavaScript: the lightest ordinary docs page (one with a table of contents).
  const docs = rows.filter((r) => r.toc);
  const baseline = Math.min(...(docs.length ? docs : rows).map((r) => r.js));
  const failures = [];
  const matrix = rows.find((r) => r.path === matrixPath);
  if (!matrix) failures.push(`${matrixPath} was not built, so its HTML budget cannot be checked`);
  else if (matrix.html > budgets.matrixHtml)
    failures.push(`${matrixPath}: ${kb(matrix.html)} of HTML is over the ${kb(budgets.matrixHtml)} budget`);
  for (const r of rows) {
    r.beyond = r.js - baseline;
    const [total, beyond] = r.diagram
      ? [budgets.diagramTotalJs, budgets.diagramBeyondJs]
      : [budgets.textTotalJs, budgets.textBeyondJs];
    if (r.js > total) failures.push(`${r.path}: ${kb(r.js)} of JavaScript is over the ${kb(total)} budget`);
    if (r.beyond > beyond)
      failures.push(
        `${r.path}: ${kb(r.beyond)} of JavaScript beyond Starlight's is over the ${kb(beyond)} budget`,
      );
  }
  return { rows, baseline, failures };
}

/** Bytes as kilobytes with one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
