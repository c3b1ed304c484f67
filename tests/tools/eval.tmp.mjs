import { chromium } from '@playwright/test';
const [, , url, w = '1280', expr] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: +w, height: 900 } });
const errs = [];
p.on('pageerror', (e) => errs.push(e.message));
p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
await p.goto(url);
await p.waitForTimeout(500);
console.log(JSON.stringify(await p.evaluate(expr), null, 1));
console.log('errors', errs);
await b.close();
