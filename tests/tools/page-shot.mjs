// Full-viewport screenshot of a page at a width and theme, optionally scrolled to a selector.
import { chromium } from '@playwright/test';
const [, , url, out, w = '360', theme = 'dark', sel = ''] = process.argv;
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: +w, height: 800 }, colorScheme: theme });
await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
const p = await ctx.newPage();
await p.goto(url);
if (sel) {
  await p.locator(sel).first().scrollIntoViewIfNeeded();
  await p.locator(sel).first().focus();
}
await p.screenshot({ path: out });
await b.close();
