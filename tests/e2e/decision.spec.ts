import { expect, test } from '@playwright/test';
import { watchErrors } from './site';

const PAGE = '/compare/decision-guide/';
const guide = '[data-diagram="decision"]';
const ranked = (tech: string) => `${guide} [data-ranking] > li[data-tech="${tech}"]`;

test.describe('decision guide', () => {
  test('shows every question, every effect and the default ranking without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-state', 'era=today;top=kvm');
    await expect(root.locator('form[data-enhanced-only]')).toBeHidden();
    await expect(root.locator('[data-reasoning]')).toHaveAttribute('open', '');
    expect(await root.locator('.va-decision-qlist > li').count()).toBeGreaterThanOrEqual(8);
    expect(await root.locator('.va-decision-elist > li').count()).toBeGreaterThan(50);
    await expect(root.locator('.va-decision-elist .va-cite a').first()).toHaveAttribute(
      'href',
      /\/reference\/bibliography\/#/,
    );
    await expect(root.locator('[data-ranking] > li')).toHaveCount(6);
    await expect(root.locator('[data-ranking]')).toHaveAttribute('aria-live', 'polite');
    await context.close();
  });

  test('ranks live when answers are clicked, and keeps the state in the URL', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-enhanced', '');
    await root.getByLabel('Windows guests').check();
    await expect(root).toHaveAttribute('data-state', /guest-os=windows/);
    await expect(page.locator(ranked('openvz'))).toHaveAttribute('data-excluded', '');
    await expect(
      page.locator(`${ranked('openvz')} .va-decision-effect[data-effect="excludes"]`),
    ).toBeVisible();
    await expect(page).toHaveURL(/d-guest-os=windows/);

    await root.getByLabel('No, some hosts lack VT-x and AMD-V').check();
    await expect(page.locator(ranked('kvm'))).toHaveAttribute('data-excluded', '');
    await expect(root).toHaveAttribute('data-state', /^era=today;top=xen;/);

    await root.getByRole('button', { name: 'Clear all answers' }).click();
    await expect(root).toHaveAttribute('data-state', 'era=today;top=kvm');
    await expect(page).not.toHaveURL(/d-guest-os/);
    expect(errors).toEqual([]);
  });

  test('answers differ between 2007 and today', async ({ page }) => {
    await page.goto(`${PAGE}?d-mainline=required`);
    const root = page.locator(guide);
    await expect(page.locator(ranked('lguest'))).toHaveAttribute('data-excluded', '');
    await root.getByLabel('At the end of 2007').check();
    await expect(root).toHaveAttribute('data-state', /^era=2007;/);
    await expect(page.locator(ranked('lguest'))).not.toHaveAttribute('data-excluded', '');
    await expect(page).toHaveURL(/d-era=2007/);
  });

  test('is operable by keyboard: arrows move through each radio group', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-enhanced', '');
    await root.locator('input[name="d-era"]:checked').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(root).toHaveAttribute('data-state', /^era=2007;/);
    await page.keyboard.press('Tab');
    await expect(root.locator('input[name="d-guest-os"]:checked')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(root).toHaveAttribute('data-state', /guest-os=bsd/);
    await page.keyboard.press('Space');
    await expect(root.locator('input[name="d-guest-os"][value="bsd"]')).toBeChecked();
  });

  test('restores a shared link', async ({ page }) => {
    await page.goto(`${PAGE}?d-era=2007&d-live-migration=needed&d-vt=no-vt`);
    const root = page.locator(guide);
    await expect(root).toHaveAttribute('data-state', 'era=2007;top=openvz;vt=no-vt;live-migration=needed');
    await expect(root.locator('input[name="d-vt"][value="no-vt"]')).toBeChecked();
    await expect(root.locator('.va-notice')).toBeEmpty();
  });

  for (const query of [
    '?d-era=1999&d-guest-os=macos&d-unknown=1',
    '?d-guest-os=windows&d-guest-os=bsd',
    `?d-vt=${'no-vt'.repeat(100)}`,
    '?d-era=%3Cscript%3Ealert(1)%3C/script%3E&d-vt=<img src=x onerror=alert(1)>',
    '?d-era=%E0%A4%A&d-density=%ZZ',
  ]) {
    test(`falls back to defaults on junk: ${query.slice(0, 40)}`, async ({ page }) => {
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`${PAGE}${query}`);
      const root = page.locator(guide);
      await expect(root).toHaveAttribute('data-enhanced', '');
      await expect(root).toHaveAttribute('data-state', 'era=today;top=kvm');
      await expect(root.locator('.va-notice')).toHaveText(/default view/);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
