import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const tableWidgets = new Set(['matrix', 'side-by-side']);

/** Every page must be readable with JavaScript off: its main text and every diagram's SVG. */
test('every page reads with JavaScript disabled, diagrams included', async ({ browser, baseURL }) => {
  test.setTimeout(5 * 60_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of await sitemapPaths(baseURL!)) {
    await page.goto(path);
    const main = page.locator('main');
    const text = (await main.innerText()).trim();
    if (text.split(/\s+/).length < 40) problems.push(`${path}: main text is missing or too short`);
    const h1 = await page.locator('h1').first().textContent();
    if (!h1?.trim()) problems.push(`${path}: no h1`);
    const diagrams = page.locator('[data-diagram]');
    for (let i = 0; i < (await diagrams.count()); i++) {
      const d = diagrams.nth(i);
      const name = await d.getAttribute('data-diagram');
      // Drawings must be in the HTML as SVG; the table widgets as tables, the decision guide as lists.
      const kind = tableWidgets.has(name!) ? 'table' : name === 'decision' ? 'ol, ul' : 'svg';
      const content = d.locator(kind);
      if ((await content.count()) === 0) problems.push(`${path}: diagram ${name} has no ${kind}`);
      else if ((await content.filter({ visible: true }).count()) === 0)
        problems.push(`${path}: diagram ${name} is not visible`);
    }
  }
  await context.close();
  expect(problems, problems.join('\n')).toEqual([]);
});
