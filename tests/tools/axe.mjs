// Runs axe on the given paths in light and dark (a quick check while developing).
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const theme of ['light', 'dark']) {
  const ctx = await b.newContext({ colorScheme: theme });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const p = await ctx.newPage();
  for (const path of process.argv.slice(2)) {
    await p.goto(base + path);
    const r = await new AxeBuilder({ page: p })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    console.log(
      theme,
      path,
      r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? ''))
            .join(' | ')}`,
      ),
    );
  }
  await ctx.close();
}
await b.close();
