import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const base = 'http://127.0.0.1:4537/compare/side-by-side/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const q = process.argv[2] ?? '';
for (const theme of ['light', 'dark']) {
  for (const [w, js] of [[1280, true], [360, true], [1280, false], [360, false]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, javaScriptEnabled: js });
    await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + q);
    if (js) await page.waitForSelector('[data-diagram="side-by-side"][data-enhanced]');
    const info = await page.evaluate(() => ({
      scrollW: document.documentElement.scrollWidth, clientW: document.documentElement.clientWidth,
      state: document.querySelector('[data-diagram]')?.dataset.state,
      count: document.querySelector('[data-count]')?.textContent,
    }));
    const el = page.locator('[data-diagram="side-by-side"]');
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: `/tmp/sbs/${theme}-${w}-${js ? 'js' : 'nojs'}.png` });
    await page.screenshot({ path: `/tmp/sbs/page-${theme}-${w}-${js ? 'js' : 'nojs'}.png`, fullPage: false });
    let axe = '';
    if (w === 1280 || !js) {
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      axe = r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`).join('\n  ');
    }
    console.log(theme, w, js ? 'js' : 'nojs', JSON.stringify(info), 'errors:', errors.length, errors.slice(0,3), 'axe:', axe || 'none');
    await ctx.close();
  }
}
await browser.close();
