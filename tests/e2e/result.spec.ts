import { NESTED_BASE } from './static-server.mjs';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** A Raspberry Pi homelab: k3os, with the article's two answers noted. */
const PI_LINK =
  '?v=1&platform=raspberry-pi&workload=experiments&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution';
/** Production on AWS, API only, a young project welcome: Talos. */
const AWS_LINK =
  '?v=1&platform=aws&workload=production&rancher=no&maturity=early&access=api&priority=security&image=distribution';

test.describe('result page', () => {
  for (const base of ['./', NESTED_BASE]) {
    test(`a complete share link opens straight to the result, served at ${base}`, async ({
      page,
    }) => {
      await page.goto(`${base}${PI_LINK}`);
      await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeFocused();
      await expect(page).toHaveTitle('Recommendation: k3os – K8s OS Advisor');
      await expect(page.getByRole('alert')).toHaveCount(0);
      const ranking = page.getByRole('table', { name: /six options ranked/ });
      await expect(ranking.getByRole('row')).toHaveCount(7);
      await expect(ranking.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(/^k3os/);
      await expect(page.getByRole('heading', { level: 3, name: /^Why not / })).toHaveCount(5);
      await expect(
        page.getByRole('region', { name: 'The article names two answers here' }),
      ).toBeVisible();
      const today = page.getByRole('region', { name: /^Status today/ });
      await expect(today.getByText(/^As of November 2026\./)).toHaveCount(6);
      await expect(
        today.getByRole('link', { name: 'rancher/k3os on GitHub' }).first(),
      ).toBeVisible();
    });
  }

  test('Copy link gives a link that opens the same result in a fresh page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./${AWS_LINK}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Talos' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      'Link copied to the clipboard.',
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe(AWS_LINK);
    const rows = await page
      .getByRole('table', { name: /six options ranked/ })
      .getByRole('row')
      .allInnerTexts();

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByRole('heading', { level: 1, name: 'Talos' })).toBeVisible();
    await expect(fresh.getByRole('alert')).toHaveCount(0);
    expect(
      await fresh
        .getByRole('table', { name: /six options ranked/ })
        .getByRole('row')
        .allInnerTexts(),
    ).toEqual(rows);
    await expect(
      fresh.getByRole('heading', { name: 'For a locked-down, API-managed node on AWS' }),
    ).toBeVisible();
  });

  test('Copy as Markdown exports the pick, the quotes and the source', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./${PI_LINK}`);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      'Markdown summary copied to the clipboard.',
    );
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# Decision: k3os for our Kubernetes nodes/);
    expect(markdown).toContain('We will run **k3os**.');
    expect(markdown).toContain(
      '  > Similarly, if I wanted to install Kubernetes on a Raspberry Pi or edge device this is the option I’d go with.',
    );
    expect(markdown).toContain('https://kubedex.com/kubernetes-operating-systems/');
    expect(markdown).toContain('## Status today (not from the article)');
    expect(markdown).toContain(`- Result: <${page.url()}>`);
  });

  test('without clipboard access, the link is shown selected in a read-only field', async ({
    page,
  }) => {
    await page.goto(`./${PI_LINK}`);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'The link' });
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'clipboard' })).toContainText(
      'Could not reach the clipboard.',
    );
  });

  test('has no accessibility violations, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const link of [PI_LINK, AWS_LINK]) {
        await page.goto(`./${link}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
  });

  test('on a phone, the copy confirmation scrolls into view below the stacked buttons', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`./${PI_LINK}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeInViewport();
  });

  test('prints in black on white even when the screen is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(`./${PI_LINK}`);
    const colours = await page.evaluate(() =>
      ['body', '.result .lead', '.result__kicker'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).color,
      ),
    );
    // Black text, and the light theme's grey (#4a505c): dark mode's pale greys would fade on paper.
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(74, 80, 92)', 'rgb(74, 80, 92)']);
  });

  test('prints the result alone, without the actions, with the link written out', async ({
    page,
  }) => {
    await page.goto(`./${PI_LINK}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
    await expect(page.getByRole('table', { name: /six options ranked/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Status today/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Change/ }).first()).toBeHidden();
    await expect(page.getByText('This result:')).toBeVisible();
  });

  // The two longest results on paper, measured over all 840 answer sets.
  for (const link of [
    '?v=1&platform=aws&workload=production&rancher=no&maturity=early&access=api&priority=upgrades&image=distribution',
    '?v=1&platform=raspberry-pi&workload=production&rancher=yes&maturity=proven&access=ssh&priority=upgrades&image=distribution',
  ]) {
    test(`the longest results print on two pages, A4 and Letter: ${link}`, async ({ page }) => {
      await page.goto(`./${link}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        // Each page is one `/Type /Page` object (the page tree is `/Type /Pages`).
        expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g), format).toHaveLength(2);
      }
    });
  }

  test('Change goes back to that question with the answers kept, and returns to the result', async ({
    page,
  }) => {
    await page.goto(`./${PI_LINK}`);
    await page
      .getByRole('button', { name: 'Change your answer to “How much Kubernetes do you need?”' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How much Kubernetes do you need?' }),
    ).toBeVisible();
    await expect(
      page.getByRole('radio', { name: /A small single-binary Kubernetes is enough/ }),
    ).toBeChecked();

    // Back returns to the result it came from; a new answer goes straight to the new result.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeFocused();
    // The browser's Back brings the question back from history, still returning to the result.
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How much Kubernetes do you need?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeFocused();
    await page
      .getByRole('button', { name: 'Change your answer to “How much Kubernetes do you need?”' })
      .click();
    await page.getByRole('radio', { name: /Full upstream Kubernetes/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'RancherOS' })).toBeFocused();
    await expect(page).toHaveURL(/kubernetes=full/);
  });
});
