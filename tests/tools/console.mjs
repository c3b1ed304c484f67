// Prints console errors and page errors of the given paths (a quick check while developing).
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage();
const errs = [];
p.on('console', (m) => m.type() === 'error' && errs.push(m.text().slice(0, 300)));
p.on('pageerror', (e) => errs.push(e.message));
for (const path of process.argv.slice(2)) {
  await p.goto(base + path);
  if (process.env.SEARCH) {
    await p
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    await p
      .getByRole('dialog', { name: 'Search' })
      .getByRole('textbox', { name: 'Search' })
      .fill(process.env.SEARCH);
    await p.waitForTimeout(2000);
    console.log('results', await p.locator('.pagefind-ui__result-link').count());
  }
  console.log(path, errs.splice(0));
}
await b.close();
