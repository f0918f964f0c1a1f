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
      // The detail is folded; opened, it is all there.
      await page.getByText('The article’s six options, ranked').click();
      const ranking = page.getByRole('group', { name: 'The article’s six options, ranked' });
      await expect(ranking.getByRole('listitem')).toHaveCount(6);
      await expect(ranking.getByRole('listitem').first()).toContainText(/^k3os/);
      await page.getByText('Why not the others?').click();
      await expect(page.getByRole('heading', { level: 3, name: /^Why not / })).toHaveCount(5);
      await expect(
        page.getByRole('region', { name: 'Where the article pulls two ways' }),
      ).toBeVisible();
      await page.getByText('What has become of the six since 2019').click();
      const today = page.getByRole('group', { name: 'What has become of the six since 2019' });
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
    // What the page says, all folds open: the fresh page must say the same.
    // The folds' bodies load after the first screen: each page is read once none is loading.
    const openAll = async (p: typeof page) => {
      await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect(p.getByRole('article').getByText('Loading…')).toHaveCount(0);
    };
    await openAll(page);
    // All but the confirmation of the copy, which only the first page shows.
    const textOf = async (p: typeof page) =>
      (await p.getByRole('article').innerText())
        .replace('Link copied to the clipboard.', '')
        .replace(/\n+/g, '\n');
    const said = await textOf(page);

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByRole('heading', { level: 1, name: 'Talos' })).toBeVisible();
    await expect(fresh.getByRole('alert')).toHaveCount(0);
    await openAll(fresh);
    await expect(fresh.getByRole('heading', { level: 3, name: /^Why not / }).first()).toBeVisible();
    expect(await textOf(fresh)).toBe(said);
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
    await page.getByText('More actions').click();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      'Markdown summary copied to the clipboard.',
    );
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    // The decision is today's pick; the article's k3os is the history behind it.
    expect(markdown).toMatch(/^# Decision: Kairos for our Kubernetes nodes/);
    expect(markdown).toContain('We will run **Kairos**.');
    expect(markdown).not.toContain('We will run **k3os**');
    expect(markdown).toContain('The article’s pick for these answers was **k3os**');
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

  test('has no accessibility violations, light and dark, folded and unfolded', async ({ page }) => {
    // Eight full axe runs on a long page.
    test.setTimeout(150_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const link of [PI_LINK, AWS_LINK]) {
        await page.goto(`./${link}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        await expect(
          page.getByRole('heading', { level: 3, name: /^Why not / }).first(),
        ).toBeVisible();
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
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeAttached();
    const colours = await page.evaluate(() =>
      ['body', '.result .section-intro', '.result__kicker'].map(
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
    // Paper has no folds to open: the ranking and the status today print open.
    await expect(
      page
        .getByRole('group', { name: 'The article’s six options, ranked' })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
    await expect(
      page
        .getByRole('group', { name: 'What has become of the six since 2019' })
        .getByText('Not from the article.'),
    ).toBeVisible();
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
      // The folds' bodies load after the first screen; paper prints them open.
      await expect(
        page.getByRole('heading', { level: 3, name: /^Why not /, includeHidden: true }).first(),
      ).toBeAttached();
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
    const changeKubernetes = page.getByRole('button', {
      name: 'Change your answer to “How much Kubernetes do you need?”',
    });
    await changeKubernetes.click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How much Kubernetes do you need?' }),
    ).toBeVisible();
    await expect(
      page.getByRole('radio', { name: /A small single-binary Kubernetes is enough/ }),
    ).toBeChecked();

    // Back returns to the result it came from, at the Change button used; a new answer goes
    // straight to the new result.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
    await expect(changeKubernetes).toBeFocused();
    // The browser's Back brings the question back from history, still returning to the result.
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How much Kubernetes do you need?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
    await expect(changeKubernetes).toBeFocused();
    await page
      .getByRole('button', { name: 'Change your answer to “How much Kubernetes do you need?”' })
      .click();
    await page.getByRole('radio', { name: /Full upstream Kubernetes/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'RancherOS' })).toBeVisible();
    await expect(page).toHaveURL(/kubernetes=full/);
  });
});
