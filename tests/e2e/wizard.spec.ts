import type { Page } from '@playwright/test';
import { NESTED_BASE } from './static-server.mjs';
import { expect, expectNoAxeViolations, test } from './fixtures';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Chooses an option by its label and presses Continue, with the mouse. */
async function answer(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function start(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText('Where will your Kubernetes nodes run?');
}

test.describe('the interview', () => {
  test('on a phone, each new page starts at its top, Back link and progress in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await start(page);
    // Continue sits below six options: the page is scrolled to reach it.
    await answer(page, 'Raspberry Pi or another small ARM board');
    await expect(h1(page)).toHaveText('What will the cluster run?');
    await expect(h1(page)).toBeFocused();
    await expect(page.getByRole('button', { name: 'Back' })).toBeInViewport();
    await expect(page.getByText('Part 1 of 3: Your nodes')).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('can be completed by keyboard alone', async ({ page }) => {
    await page.goto('./');
    // Skip link, site title, article links… Tab until "Start now" has focus.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      if (
        await page
          .getByRole('button', { name: 'Start now' })
          .evaluate((b) => b === document.activeElement)
      )
        break;
    }
    await expect(page.getByRole('button', { name: 'Start now' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(h1(page)).toBeFocused();
    // Raspberry Pi (first), experiments, Rancher no, k3s, footprint, distribution.
    const steps: Array<[string, number]> = [
      ['Where will your Kubernetes nodes run?', 0],
      ['What will the cluster run?', 2],
      ['Do you already use Rancher or RKE?', 1],
      ['How much Kubernetes do you need?', 1],
      ['What matters most to you?', 3],
      ['Will you use a maintained distribution or build your own OS images?', 0],
    ];
    for (const [question, downs] of steps) {
      await expect(h1(page)).toHaveText(question);
      await expect(h1(page)).toBeFocused();
      await page.keyboard.press('Tab'); // from the heading, Tab enters the radio group
      await page.keyboard.press('Space');
      for (let i = 0; i < downs; i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(h1(page)).toHaveText('Check your answers');
    await expect(h1(page)).toBeFocused();
    await page.getByRole('button', { name: 'See the recommendation' }).focus();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toHaveText('k3os');
    await expect(page).toHaveURL(
      /\?v=1&platform=raspberry-pi&workload=experiments&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution$/,
    );
  });

  test('follows the browser Back and Forward buttons across three steps', async ({ page }) => {
    await start(page);
    await answer(page, 'AWS');
    await answer(page, 'Production applications');
    await answer(page, 'No');
    await expect(h1(page)).toHaveText('How established must the operating system project be?');
    await expect(page.getByText('Part 2 of 3: Your setup', { exact: true })).toBeVisible();

    await page.goBack();
    await expect(h1(page)).toHaveText('Do you already use Rancher or RKE?');
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await page.goBack();
    await expect(h1(page)).toHaveText('What will the cluster run?');
    await expect(page.getByRole('radio', { name: 'Production applications' })).toBeChecked();
    await page.goBack();
    await expect(h1(page)).toHaveText('Where will your Kubernetes nodes run?');
    await expect(page.getByRole('radio', { name: 'AWS' })).toBeChecked();
    await expect(page).toHaveURL(/\?v=1$/);

    await page.goForward();
    await page.goForward();
    await expect(h1(page)).toHaveText('Do you already use Rancher or RKE?');
    await page.goForward();
    await expect(h1(page)).toHaveText('How established must the operating system project be?');
    await expect(page).toHaveURL(/\?v=1&platform=aws&workload=production&rancher=no$/);
  });

  test('resumes after a reload, under a nested base path too', async ({ page }) => {
    await page.goto(NESTED_BASE);
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, 'Inside CI pipelines');
    await answer(page, 'No');
    await expect(h1(page)).toHaveText('How much Kubernetes do you need?');
    expect(new URL(page.url()).pathname).toBe(NESTED_BASE);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(h1(page)).toHaveText('Do you already use Rancher or RKE?');

    await page.reload();
    await expect(h1(page)).toHaveText('Do you already use Rancher or RKE?');
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await expect(page.getByText('Part 2 of 3: Your setup', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(h1(page)).toHaveText('How much Kubernetes do you need?');
  });

  test('shows the error summary when nothing is chosen', async ({ page }) => {
    await start(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(page).toHaveTitle(/^Error: Where will your Kubernetes nodes run\? \(Part 1 of 3/);
    await expect(
      page.getByText('Error: Select where your Kubernetes nodes will run'),
    ).toBeVisible();
    await summary
      .getByRole('link', { name: 'Select where your Kubernetes nodes will run' })
      .click();
    await expect(
      page.getByRole('radio', { name: 'Raspberry Pi or another small ARM board' }),
    ).toBeFocused();
  });

  test('an answer card is a tap target as a whole, its hint included', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await start(page);
    const card = page.locator('label', { has: page.getByRole('radio', { name: 'AWS' }) });
    const box = await card.boundingBox();
    if (!box) throw new Error('the AWS card is not laid out');
    // The card spans the column: at least 44 px tall (WCAG 2.5.8's target is 24).
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(280);
    // A tap on the hint, and one near the card's right edge, both choose it.
    await page.getByText('EC2 instances you manage yourself.').click();
    await expect(page.getByRole('radio', { name: 'AWS' })).toBeChecked();
    await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
    await expect(page.getByRole('radio', { name: 'AWS' })).toBeChecked();
    await page
      .getByText('Short-lived clusters created and destroyed by a pipeline.')
      .click({ position: { x: 200, y: 4 } });
    await expect(page.getByRole('radio', { name: 'Inside CI pipelines' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'AWS' })).not.toBeChecked();
  });

  test('on a phone, Back from a Change lands where the Change was, focus and scroll together', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(
      './?v=1&platform=aws&workload=production&rancher=no&maturity=proven&access=ssh',
    );
    await answer(page, 'Keeping Kubernetes upgraded');
    await answer(page, 'Use a maintained distribution');
    await expect(h1(page)).toHaveText('Check your answers');
    const change = page.getByRole('button', {
      name: 'Change whether you build your own OS images',
    });
    await change.click();
    await expect(h1(page)).toHaveText(
      'Will you use a maintained distribution or build your own OS images?',
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(h1(page)).toHaveText('Check your answers');
    await expect(change).toBeFocused();
    await expect(change).toBeInViewport();
  });

  test('"Start over" on the result opens the first question, answers forgotten', async ({
    page,
  }) => {
    await page.goto(
      './?v=1&platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution',
    );
    await expect(h1(page)).toHaveText('k3os');
    await page.getByText('More actions').click();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(h1(page)).toHaveText('Where will your Kubernetes nodes run?');
    await expect(h1(page)).toBeFocused();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page).toHaveURL(/\?v=1$/);
  });

  test('has no accessibility violations on a question, an error and the review page', async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await start(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoAxeViolations(page);
      await answer(page, 'Inside CI pipelines');
      await answer(page, 'Yes');
      await answer(page, 'Smallest footprint');
      await answer(page, 'Use a maintained distribution');
      await expect(h1(page)).toHaveText('Check your answers');
      await expectNoAxeViolations(page);
    }
  });
});
