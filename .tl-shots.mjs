import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const base = 'http://127.0.0.1:4572/compare/timeline/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const theme of ['light', 'dark']) {
  for (const width of [1280, 360]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + (process.argv[2] ?? ''));
    await page.waitForSelector('[data-diagram=timeline][data-enhanced]');
    const el = page.locator('[data-diagram=timeline]');
    await el.screenshot({ path: `/tmp/timeline-check/${theme}-${width}.png` });
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    let axe = '';
    if (width === 1280 || true) {
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      axe = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`).join('\n');
    }
    console.log(theme, width, 'scroll', sw, 'state', await el.getAttribute('data-state'), 'errors', errors, 'axe:', axe || 'none');
    await ctx.close();
  }
}
await browser.close();
