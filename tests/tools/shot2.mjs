import { chromium } from '@playwright/test';
const [, , url, out, w = '1280', theme = 'light', h = '1000'] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, colorScheme: theme });
await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
const p = await ctx.newPage();
await p.goto(url);
await p.locator('[data-diagram]').first().scrollIntoViewIfNeeded();
await p.screenshot({ path: out });
await b.close();
