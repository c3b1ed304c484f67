// Prints the top Pagefind results for queries, through the real search UI in Chromium.
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage();
await p.goto(base + '/');
for (const q of process.argv.slice(2)) {
  await p
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const input = p.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill(q);
  await p.waitForTimeout(1200);
  const hrefs = await p
    .locator('.pagefind-ui__result-link')
    .evaluateAll((as) => as.slice(0, 4).map((a) => new URL(a.href).pathname));
  console.log(q.padEnd(14), hrefs.join('  '));
  await p.keyboard.press('Escape');
}
await b.close();
