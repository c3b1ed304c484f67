import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const errs=[]; p.on('console', m => m.type()==='error' && errs.push(m.text())); p.on('pageerror', e=>errs.push(e.message));
await p.goto('http://127.0.0.1:4400/');
for (const q of process.argv.slice(2)) {
  await p.getByRole('button', { name: /search/i }).first().click();
  await p.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(q);
  await p.waitForTimeout(1200);
  console.log(q, '=>', JSON.stringify((await p.locator('#va-search-results').innerText()).slice(0, 300)));
  await p.keyboard.press('Escape');
}
console.log(errs);
await b.close();
