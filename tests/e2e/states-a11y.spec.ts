import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The pages' default views are checked by a11y.spec.ts; these are the states behind the controls
 * of the stack explorer and the rings: compare mode with a layer chosen, a date that disables
 * systems, a page that opens at an earlier date, and a configuration without hardware assist.
 */
const states = [
  '/?stack=kvm&stack-vs=xen-pv&stack-layer=kernel',
  '/?at=2010&stack=firecracker&stack-vs=gvisor',
  '/technologies/lguest/?stack-layer=gk-1',
  '/concepts/cpu-virtualization/?rings=xen-pv-64',
  '/concepts/cpu-virtualization/?rings=xen-hvm',
];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [theme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['dark', 390],
] as const) {
  {
    test(`stack and rings states have zero axe violations, ${theme} theme, ${width} px`, async ({
      browser,
    }) => {
      test.setTimeout(3 * 60_000);
      const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const failures: string[] = [];
      for (const url of states) {
        await page.goto(url);
        await expect(page.locator('[data-diagram][data-enhanced]').first()).toBeAttached();
        const results = await new AxeBuilder({ page })
          .include('[data-diagram="stack"], [data-diagram="rings"], va-date-control')
          .withTags(tags)
          .analyze();
        for (const v of results.violations)
          failures.push(
            `${url}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
          );
      }
      await context.close();
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
}
