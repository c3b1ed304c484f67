// Lists the elements that stick out of a 360 px viewport (ignoring those inside scroll boxes).
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 360, height: 740 } });
for (const path of process.argv.slice(2)) {
  await p.goto(base + path);
  const r = await p.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.va-scroll-x, .va-table-scroll, .expressive-code, pre')) continue;
      const rc = el.getBoundingClientRect();
      if (rc.right > W + 1 && rc.width > 0)
        out.push(`${el.tagName}.${[...el.classList].join('.')} ${Math.round(rc.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, W, out: out.slice(0, 8) };
  });
  console.log(path, JSON.stringify(r));
}
await b.close();
