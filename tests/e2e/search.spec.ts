import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

/** Queries a student would type, and the page that must come first. */
const queries: [string, string][] = [
  ['dom0', '/technologies/xen/'],
  ['beancounters', '/technologies/openvz/'],
  ['VMCS', '/technologies/hardware-assist/'],
  ['hypercall', '/concepts/cpu-virtualization/'],
  ['2.6.20', '/technologies/kvm/'],
  ['KVM_RUN', '/technologies/kvm/'],
  ['pv_ops', '/technologies/paravirt-ops/'],
  ['shadow page table', '/concepts/memory-virtualization/'],
  ['security context', '/technologies/linux-vserver/'],
  ['bibliography', '/reference/bibliography/'],
  ['runsc', '/technologies/gvisor/'],
  ['Sentry', '/technologies/gvisor/'],
  ['jailer', '/technologies/firecracker/'],
  ['microVM', '/technologies/firecracker/'],
  ['kata-agent', '/technologies/kata-containers/'],
  ['unshare', '/technologies/linux-containers/'],
  ['container escape', '/compare/isolation/'],
];

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchBox = (page: Page) => dialog(page).getByRole('textbox', { name: 'Search' });

for (const [query, expected] of queries) {
  test(`searching "${query}" puts ${expected} first`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await searchBox(page).fill(query);
    // Pagefind UI lists placeholders in rank order and fills each as its data arrives, so the
    // first link in the page may belong to a lower result: read the first result's own link.
    const first = page.locator('li.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
    await expect(first).toBeVisible({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe(expected);
    await expect(dialog(page).locator('[data-when="none"]')).toBeHidden();
  });
}

test('the search button is named by the word it shows', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toHaveAccessibleName('Search');
  await expect(button.locator('.va-search-label')).toHaveText('Search');
  await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
});

test('Ctrl+K right after the page loads opens search with the cursor in the box', async ({ page }) => {
  // Pagefind's UI arrives late, as on a slow connection: the dialog must not wait for it to open,
  // and the box must take focus when it comes.
  await page.route('**/_astro/ui-core.*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('xen');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeHidden();
});

test('an unknown URL gets a helpful 404 where "/" opens search', async ({ page }) => {
  const response = await page.goto('/technologies/vmware-esx/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  await expect(page.locator('main')).toContainText('press /');
  await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await page.keyboard.type('VMware');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
});

test('"/" typed into a text field is just a character', async ({ page }) => {
  await page.goto('/compare/decision-guide/');
  await page.getByRole('button', { name: 'Search' }).click();
  await searchBox(page).fill('2.6');
  await searchBox(page).press('/');
  await expect(searchBox(page)).toHaveValue('2.6/');
});

test('a search for something the atlas lacks says there are no results', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  for (const query of ['banana', 'hyper-v', 'bhyve']) {
    await searchBox(page).fill(query);
    const notice = dialog(page).locator('[data-when="none"]');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText(`No results for ${query}.`);
    await expect(notice.locator('q')).toHaveText(query);
    // Pagefind's own "N results for …" would contradict it.
    await expect(dialog(page).locator('.pagefind-ui__message')).toBeHidden();
  }
  await searchBox(page).fill('dom0 banana');
  await expect(dialog(page).locator('[data-when="some"]')).toContainText('No page contains banana;');
  await searchBox(page).fill('dom0');
  await expect(dialog(page).locator('[data-search-notice] p:visible')).toHaveCount(0);
  // Clearing the box removes Pagefind's results area, and the notice with it, without an error.
  await searchBox(page).fill('');
  await searchBox(page).fill('banana');
  await expect(dialog(page).locator('[data-when="none"]')).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});
