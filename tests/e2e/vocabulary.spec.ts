import { expect, test } from '@playwright/test';

/**
 * One word per status value, whichever view or export shows it: the matrix, its snapshot and full
 * record, the side-by-side view, and /data/matrix.json.
 */
const pages = [
  '/compare/matrix/?m-set=all',
  '/compare/matrix/2006-12-11/',
  '/compare/matrix/evidence/isolation/',
  '/compare/side-by-side/?systems=kvm,xen,gvisor',
];

test('every status value reads the same word in every view and export', async ({ page, request }) => {
  const words = new Map<string, Set<string>>();
  const add = (status: string, word: string) => {
    if (!words.has(status)) words.set(status, new Set());
    words.get(status)!.add(word.trim());
  };
  for (const path of pages) {
    await page.goto(path);
    const pairs = await page
      .locator('main')
      .evaluate((main) => [
        ...[
          ...main.querySelectorAll<HTMLElement>(
            'td[data-status] > a:first-child, td[data-status] > .va-cell-status',
          ),
        ].map((el) => [(el.parentElement as HTMLElement).dataset.status!, el.textContent ?? ''] as const),
        ...[...main.querySelectorAll<HTMLElement>('.va-status[data-status]')].map(
          (el) => [el.dataset.status!, el.textContent ?? ''] as const,
        ),
      ]);
    expect(pairs.length, path).toBeGreaterThan(0);
    for (const [s, w] of pairs) add(s, w);
  }
  const json = await (await request.get('/data/matrix.json')).json();
  for (const c of json.cells) for (const h of c.history) add(h.status, h.statusLabel);
  for (const [status, set] of words) expect([...set], `status "${status}"`).toHaveLength(1);
  expect(words.get('partial')).toEqual(new Set(['Partly']));
  expect(words.get('n/a')).toEqual(new Set(['Not applicable']));
});
