import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/decision-guide/';
const guide = '[data-diagram="decision"]';
const system = (id: string) => `${guide} li[data-system="${id}"]`;
const ranked = (id: string) => `${guide} [data-ranking] > li[data-system="${id}"]`;
const TODAYS = ['kvm', 'xen', 'linux-containers', 'gvisor', 'kata-containers', 'firecracker'];

/** Waits until the custom element has taken over the server-rendered guide. */
async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const root = page.locator(guide);
  await expect(root).toHaveAttribute('data-enhanced', '');
  return root;
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('name') ?? el.textContent?.trim()}` : '';
  });

test.describe('decision guide', () => {
  test('renders the ranking at its date and the full reasoning without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-at', /^\d{4}-\d{2}-\d{2}$/);
    await expect(root.locator('form[data-enhanced-only]')).toBeHidden();
    await expect(root.locator('[data-reasoning]')).toHaveAttribute('open', '');
    expect(await root.locator('.va-decision-qlist > li').count()).toBeGreaterThanOrEqual(14);
    expect(await root.locator('.va-decision-elist > li').count()).toBeGreaterThan(120);
    await expect(root.locator('.va-decision-elist .va-cite a').first()).toHaveAttribute(
      'href',
      /\/reference\/bibliography\/#/,
    );
    for (const id of TODAYS) await expect(page.locator(ranked(id))).toHaveAttribute('data-available', 'true');
    await expect(page.locator(system('lguest'))).toHaveAttribute('data-available', 'false');
    await expect(page.locator(system('lguest')).locator('[data-life="ended"]')).toContainText('4.14');
    await expect(root.locator('[data-flip]')).toContainText(/would put .+ first/);
    await context.close();
  });

  test('pre-renders the preset dates as pages that read without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${PAGE}2006-12-11/`);
    expect(response?.status()).toBe(200);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-at', '2006-12-11');
    await expect(root.locator('[data-at-text]').first()).toHaveText('11 December 2006');
    await expect(page.locator(system('lguest'))).toHaveAttribute('data-available', 'false');
    await expect(page.locator(system('lguest')).locator('[data-life="not-yet"]')).toBeVisible();
    await expect(page.locator(system('firecracker'))).toHaveAttribute('data-available', 'false');
    await expect(page.locator(ranked('xen'))).toHaveAttribute('data-available', 'true');
    await context.close();
  });

  test('offers lguest in early 2008 and not today; offers the four new systems today', async ({ page }) => {
    await open(page, '?at=2008-02');
    await expect(page.locator(guide)).toHaveAttribute('data-at', '2008-02');
    await expect(page.locator(ranked('lguest'))).toHaveAttribute('data-available', 'true');
    await expect(page.locator(system('gvisor'))).toHaveAttribute('data-available', 'false');
    await expect(page.locator(system('gvisor')).locator('[data-life="not-yet"]')).toBeVisible();

    await open(page);
    await expect(page.locator(system('lguest'))).toHaveAttribute('data-available', 'false');
    await expect(page.locator(`${guide} [data-unavailable] > li[data-system="lguest"]`)).toBeVisible();
    for (const id of ['linux-containers', 'gvisor', 'kata-containers', 'firecracker'])
      await expect(page.locator(ranked(id))).toHaveAttribute('data-available', 'true');
  });

  test('re-ranks as answers change: the top choice and what would flip it follow, focus stays put', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const root = await open(page);
    await expect(root).toHaveAttribute('data-state', 'top=kvm');
    const flipBefore = await root.locator('[data-flip]').textContent();

    const fast = root.getByLabel('Yes, start-up latency matters');
    await fast.check();
    expect(await focusedName(page)).toBe('input:d-startup');
    await expect(root).toHaveAttribute('data-state', 'top=firecracker;startup=fast');
    await expect(page).toHaveURL(/d-startup=fast/);
    await expect(root.locator('[data-bar-top]')).toHaveText('Firecracker');
    await expect(root.locator('[data-ranking] > li').first()).toHaveAttribute('data-system', 'firecracker');
    await expect(page.locator(ranked('firecracker')).locator('li[data-q="startup"]')).toBeVisible();
    await expect(
      page.locator(ranked('firecracker')).locator('li[data-q="startup"] .va-cite a').first(),
    ).toHaveAttribute('href', /bibliography/);
    const flipAfter = await root.locator('[data-flip]').textContent();
    expect(flipAfter).not.toBe(flipBefore);
    expect(flipAfter).toMatch(/instead of Firecracker/);

    await root.getByLabel('Windows guests').check();
    await expect(page.locator(system('linux-containers'))).toHaveAttribute('data-excluded', '');
    await expect(
      page.locator(system('linux-containers')).locator('li[data-q="guest-os"][data-o="windows"]'),
    ).toBeVisible();

    const clear = root.getByRole('button', { name: 'Clear all answers' });
    await clear.click();
    await expect(clear).toBeFocused();
    await expect(root).toHaveAttribute('data-state', 'top=kvm');
    await expect(page).not.toHaveURL(/d-startup/);
    expect(errors).toEqual([]);
  });

  test('follows the date control and keeps the answers', async ({ page }) => {
    const root = await open(page, '?d-mainline=required');
    const preset = page.getByRole('link', { name: 'Linux 2.6.20 released' });
    await preset.click();
    await expect(preset).toBeFocused();
    await expect(root).toHaveAttribute('data-at', '2007-02');
    await expect(page).toHaveURL(/at=2007-02/);
    await expect(page).toHaveURL(/d-mainline=required/);
    // Xen needed the out-of-tree XenLinux kernel then; lguest was not yet merged.
    await expect(page.locator(ranked('xen')).locator('[data-score]')).toHaveText('−1 point');
    await expect(page.locator(ranked('lguest'))).toHaveAttribute('data-available', 'true');
    await expect(page.locator(system('linux-containers'))).toHaveAttribute('data-available', 'false');
    await expect(root.locator('[data-compare]')).toHaveAttribute('href', /at=2007-02/);
  });

  test('is operable by keyboard: arrows move through each radio group', async ({ page }) => {
    const root = await open(page);
    await root.locator('input[name="d-guest-os"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await expect(root).toHaveAttribute('data-state', /guest-os=bsd/);
    expect(await focusedName(page)).toBe('input:d-guest-os');
    await page.keyboard.press('ArrowDown');
    await expect(root).toHaveAttribute('data-state', /guest-os=windows/);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('input:d-own-kernel');
  });

  test('restores a shared link', async ({ page }) => {
    const root = await open(page, '?at=2007-12&d-live-migration=needed&d-vt=no-vt');
    await expect(root).toHaveAttribute('data-state', 'top=openvz;vt=no-vt;live-migration=needed');
    await expect(root.locator('input[name="d-vt"][value="no-vt"]')).toBeChecked();
    await expect(root.locator('.va-notice')).toBeEmpty();
  });

  for (const query of [
    '?d-guest-os=macos&d-unknown=1',
    '?d-guest-os=windows&d-guest-os=bsd',
    `?d-vt=${'no-vt'.repeat(100)}`,
    '?d-vt=<img src=x onerror=alert(1)>',
    '?d-density=%E0%A4%A',
  ]) {
    test(`falls back to defaults with a notice on junk: ${query.slice(0, 40)}`, async ({ page }) => {
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const root = await open(page, query);
      await expect(root).toHaveAttribute('data-state', 'top=kvm');
      await expect(root.locator('.va-notice')).toHaveText(/default view/);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('downloads the current view as a Markdown decision record', async ({ page, baseURL }) => {
    const root = await open(page, '?at=2008-02&d-isolation=untrusted&d-vt=no-vt');
    const button = root.getByRole('button', { name: /Download as a decision record/ });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    await expect(button).toBeFocused();
    expect(download.suggestedFilename()).toBe('adr-virtualization-2008-02.md');
    const md = await readFile((await download.path())!, 'utf8');
    expect(md).toMatch(/^# ADR: choosing a Linux virtualization system \(February 2008\)/);
    expect(md).toContain('- Date shown: February 2008');
    expect(md).toMatch(/- Generated: \d{4}-\d{2}-\d{2}/);
    expect(md).toContain(`<${baseURL}${PAGE}?at=2008-02&d-isolation=untrusted&d-vt=no-vt>`);
    expect(md).toContain(
      '| Will the hosts run untrusted code from tenants who do not trust each other? | Yes, untrusted code from many tenants on one host |',
    );
    expect(md).toContain(
      '| Do the host processors have Intel VT-x or AMD-V? | No, some hosts lack VT-x and AMD-V |',
    );
    const top = await root.locator('[data-bar-top]').textContent();
    expect(md).toContain(`First choice: **${top}**`);
    expect(md).toMatch(/## Ranking\n\n### (tied for )?1st: /);
    expect(md).toMatch(/Sources: \[[^\]]+\]\(http:\/\/[^)]+\/reference\/bibliography\/#[a-z0-9-]+\)/);
    expect(md).toMatch(/## Ruled out\n\n### KVM with QEMU\/libvirt/);
    expect(md).toMatch(/## Not available as of February 2008\n\n### /);
    expect(md).toContain(
      `### What would flip it\n\n${(await root.locator('[data-flip]').textContent())!.trim()}`,
    );
    expect(md).toMatch(/- See every system in the matrix: <http:\/\/[^>]+\/compare\/matrix\/\?at=2008-02>/);
    expect(md).toMatch(/side-by-side\/\?systems=[a-z-]+,[a-z-]+&at=2008-02>/);
  });

  test('keeps the ranking beside the questions on wide screens and a first-choice bar on phones', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const root = await open(page);
    const result = root.locator('.va-decision-result');
    expect(await result.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await expect(root.locator('.va-decision-bar')).toBeHidden();
    await root.locator('fieldset[data-question="vt"]').scrollIntoViewIfNeeded();
    await expect(root.locator('[data-summary]')).toBeInViewport();

    await page.setViewportSize({ width: 390, height: 800 });
    await root.locator('fieldset[data-question="devices"]').scrollIntoViewIfNeeded();
    const bar = root.locator('.va-decision-bar');
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText('KVM with QEMU/libvirt');
    await root.getByLabel('Yes, a GPU or another PCI device').check();
    await expect(bar.locator('[data-bar-top]')).not.toHaveText('');
    const link = bar.getByRole('link', { name: 'See the ranking' });
    await link.click();
    await expect(root.locator('#va-decision-result')).toBeFocused();
    await expect(root.locator('#va-decision-result h2')).toBeInViewport();
  });

  test('has no horizontal scroll at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, '?d-isolation=untrusted&d-devices=gpu&d-vt=no-vt');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with answers given, in the ${theme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      await open(page, '?at=2008-02&d-isolation=untrusted&d-mainline=required');
      const results = await new AxeBuilder({ page })
        .include(guide)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      ).toEqual([]);
      await context.close();
    });
  }
});
