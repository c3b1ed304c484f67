// Screenshot of the search dialog for a query (to look at results and filters).
import { chromium } from '@playwright/test';
const [, , q = 'dom0', out = '/tmp/search.png', w = '1280'] = process.argv;
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: +w, height: 900 } });
await p.goto((process.env.BASE ?? 'http://127.0.0.1:4321') + '/');
await p
  .getByRole('button', { name: /search/i })
  .first()
  .click();
await p.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(q);
await p.waitForTimeout(1500);
console.log('filters:', await p.locator('.pagefind-ui__filter-panel, .pagefind-ui__filter-block').count());
await p.screenshot({ path: out });
await b.close();
