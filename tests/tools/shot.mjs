import { chromium } from '@playwright/test';
const [, , url, out, w = '1280', theme = 'light', click = ''] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: +w, height: 900 }, colorScheme: theme });
await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
const p = await ctx.newPage();
const errs = [];
p.on('pageerror', (e) => errs.push(e.message));
p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
await p.goto(url);
for (const sel of click.split('|').filter(Boolean)) {
  await p.locator(sel).first().click();
  await p.waitForTimeout(600);
}
const el = p.locator('[data-diagram]').first();
if (await el.count()) {
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: out });
  console.log('state', await el.getAttribute('data-state'));
} else await p.screenshot({ path: out, fullPage: false });
console.log('errors', errs, 'scrollW', await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
