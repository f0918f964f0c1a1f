import { NESTED_BASE } from './static-server.mjs';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('landing view', () => {
  for (const path of ['./', `${NESTED_BASE}`]) {
    test(`renders the introduction and the six options, served at ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: 'Which operating system should your Kubernetes nodes run?',
        }),
      ).toBeVisible();
      await expect(page).toHaveTitle(/K8s OS Advisor/);
      await expect(
        page.getByRole('link', { name: 'Kubernetes Operating Systems' }).first(),
      ).toHaveAttribute('href', 'https://kubedex.com/kubernetes-operating-systems/');

      const table = page.getByRole('table');
      await expect(
        page.getByRole('heading', { name: 'The six options at a glance' }),
      ).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(7);
      for (const name of [
        'Standard Linux distribution',
        'RancherOS',
        'k3os',
        'Talos',
        'LinuxKit',
        'Container Linux',
      ]) {
        await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
      }
      await expect(table.getByText('As of November 2026.').first()).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Its heir today' })).toBeVisible();
    });
  }

  test('on a phone, each option is a card that names its heir today, with no sideways scroll', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./');
    const table = page.getByRole('table');
    const k3os = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^k3os/ }) });
    await expect(k3os.getByText('Its heir today')).toBeVisible();
    await expect(k3os.getByText(/Archived: Kairos carries its idea on/)).toBeVisible();
    await expect(k3os.getByRole('link', { name: 'Kairos' })).toHaveAttribute('href', /kairos/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('.glance')?.scrollWidth ?? 0,
      view: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.table).toBeLessThanOrEqual(widths.view);
  });

  test('has no accessibility violations, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('sets the page up for search and browsers', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Kubernetes/);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'/,
    );
  });
});
