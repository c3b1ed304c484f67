import { expect, test } from '@playwright/test';

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
];

for (const [query, expected] of queries) {
  test(`searching "${query}" puts ${expected} first`, async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
    await input.fill(query);
    // Pagefind UI lists placeholders in rank order and fills each as its data arrives, so the
    // first link in the page may belong to a lower result: read the first result's own link.
    const first = page.locator('li.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
    await expect(first).toBeVisible({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe(expected);
  });
}

test('an unknown URL gets a helpful 404 that offers search', async ({ page }) => {
  const response = await page.goto('/technologies/vmware-esx/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  const search = page.getByRole('button', { name: /search/i }).first();
  await search.click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('VMware');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
});
