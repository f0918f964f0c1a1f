import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Option labels to pick, question by question (the interview asks only what applies).
const AWS_AT_WORK = [
  'AWS',
  'Production applications',
  'No',
  'Only production-ready, established projects',
  'Log in with SSH and familiar Linux tools',
  'Tools the team already knows',
  'Use a maintained distribution',
];
const PI_AT_HOME = [
  'Raspberry Pi or another small ARM board',
  'Experiments, a homelab or learning',
  'No',
  'A small single-binary Kubernetes is enough',
  'Smallest footprint',
  'Use a maintained distribution',
];
// A complete answer set as a share link: opens straight on its result.
const CI_RESULT =
  './?v=1&platform=ci&rancher=no&kubernetes=full&priority=upgrades&image=distribution';
const PI_RESULT =
  'v=1&platform=raspberry-pi&workload=experiments&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution';

async function answer(page: Page, labels: readonly string[]) {
  for (const label of labels) {
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'See the recommendation' }).click();
}

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await page.getByLabel('Scenario name').fill(name);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  // With storage full it adds where the scenario is kept: in this tab only for now.
  await expect(page.getByRole('status').filter({ hasText: 'Saved as scenario' })).toContainText(
    `Saved as scenario “${name}”`,
  );
}

/** The saved scenarios view, as the app shell routes it. */
const openSavedScenarios = (page: Page) => page.goto('./?view=scenarios');

async function compare(page: Page, names: readonly string[]) {
  for (const name of names) await page.getByRole('checkbox', { name: `Compare “${name}”` }).check();
  await page.getByRole('button', { name: 'Compare ticked scenarios' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toBeFocused();
}

/** The comparison on the saved scenarios page, whatever its layout. */
const comparison = (page: Page) => page.getByRole('region', { name: 'Comparison' });

/** The names in the saved list, waited for: the scenario pages load lazily. */
const savedNames = (page: Page) => page.getByRole('list').getByRole('heading', { level: 2 });

test.describe('scenarios', () => {
  test('answer, save, start over, answer differently, save, compare; a reload keeps both', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, AWS_AT_WORK);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standard Linux distribution');
    await saveAs(page, 'AWS at work');
    await page.getByRole('button', { name: 'Start over to compare' }).click();

    // Starting over goes straight to the first question.
    await answer(page, PI_AT_HOME);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('k3os');
    await saveAs(page, 'Raspberry Pi at home');
    await page.getByRole('button', { name: 'Compare saved scenarios' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Saved scenarios' })).toBeVisible();
    await compare(page, ['AWS at work', 'Raspberry Pi at home']);
    // Read whatever the comparison's layout: both scenarios in order, both picks, the difference marked.
    await expect(comparison(page)).toHaveText(/AWS at work[\s\S]*Raspberry Pi at home/);
    await expect(comparison(page)).toContainText('Standard Linux distribution');
    await expect(comparison(page)).toContainText('k3os');
    await expect(comparison(page)).toContainText('Differs');

    await page.reload();
    await expect(savedNames(page)).toHaveText(['AWS at work', 'Raspberry Pi at home']);
  });

  test('a second page in the same browser sees a scenario saved in the first, without a reload', async ({
    page,
    context,
  }) => {
    const other = await context.newPage();
    await openSavedScenarios(other);
    await expect(other.getByText('No saved scenarios yet.', { exact: false })).toBeVisible();

    await page.goto(CI_RESULT);
    await saveAs(page, 'CI pipelines');
    await expect(other.getByRole('heading', { level: 2, name: 'CI pipelines' })).toBeVisible();

    // And the other way round: a deletion there reaches this page's saved list too.
    await other.getByRole('button', { name: 'Delete “CI pipelines”' }).click();
    await openSavedScenarios(page);
    await expect(page.getByText('No saved scenarios yet.', { exact: false })).toBeVisible();
    await other.close();
  });

  test('a comparison link opens the same comparison elsewhere and offers to save it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CI_RESULT);
    await saveAs(page, 'CI pipelines');
    await page.goto(
      `./?v=1&platform=aws&workload=production&rancher=yes&maturity=proven&access=ssh&priority=upgrades&image=distribution`,
    );
    await saveAs(page, 'Rancher on AWS');
    await openSavedScenarios(page);
    await compare(page, ['CI pipelines', 'Rancher on AWS']);
    await page.getByRole('button', { name: 'Copy comparison link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      'Comparison link copied to the clipboard.',
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\?v=1&view=compare&s=/);

    // Someone else: nothing saved, the link opens the comparison.
    await page.evaluate(() => localStorage.clear());
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveText(/CI pipelines[\s\S]*Rancher on AWS/);
    // On paper: the comparison, without the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Rancher on AWS', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save these 2 scenarios' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Save these 2 scenarios' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 2' })).toHaveText(
      'Saved 2 scenarios in this browser.',
    );
    await page.getByRole('button', { name: 'See saved scenarios' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saved scenarios' })).toBeVisible();
    await expect(savedNames(page)).toHaveText(['CI pipelines', 'Rancher on AWS']);
  });

  test('a broken comparison link says what was wrong and keeps what it can', async ({ page }) => {
    await page.goto('./?v=1&view=compare&s=oops');
    const alert = page.getByRole('alert').filter({ hasText: 'Scenario 1' }).first();
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByText(/^Nothing to show side by side/)).toBeVisible();
  });

  test('a scenario name that looks like HTML is shown as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await page.goto(CI_RESULT);
    await saveAs(page, name);
    await page.goto(
      './?v=1&platform=raspberry-pi&workload=experiments&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution',
    );
    await saveAs(page, 'Home');
    await openSavedScenarios(page);
    await expect(page.getByRole('heading', { level: 2, name })).toHaveText(name);
    await compare(page, [name, 'Home']);
    await expect(comparison(page).getByText(name, { exact: true })).toHaveText(name);
    expect(dialogs).toEqual([]);
  });

  test('the compare view has no accessibility violations and fits a 360px screen, light and dark', async ({
    page,
  }) => {
    await page.goto(CI_RESULT);
    await page.getByRole('button', { name: 'Save as scenario' }).click();
    await expect(page.getByLabel('Scenario name')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await saveAs(page, 'CI pipelines');
    await expectNoAxeViolations(page);
    await page.goto(
      './?v=1&platform=edge&workload=production&rancher=no&kubernetes=full&maturity=early&access=api&priority=security&image=distribution',
    );
    await saveAs(page, 'Edge sites');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 740 });
      await openSavedScenarios(page);
      await compare(page, ['CI pipelines', 'Edge sites']);
      await expectNoAxeViolations(page);
      // The page never scrolls sideways, whatever the comparison's layout.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await page.setViewportSize({ width: 1280, height: 800 });
      await expectNoAxeViolations(page);
    }
  });
});

/** Fills this origin's localStorage to the last byte before the app loads, once per browser context. */
const fillStorage = () => {
  if (localStorage.getItem('filler.0') !== null) return;
  let n = 0;
  for (let size = 1 << 20; size >= 1; size >>= 1) {
    const chunk = 'x'.repeat(size);
    for (;;) {
      try {
        localStorage.setItem(`filler.${n}`, chunk);
        n += 1;
      } catch {
        break;
      }
    }
  }
};

/** Marks the document, so a later check can tell it was never reloaded. */
const markDocument = (page: Page) =>
  page.evaluate(() => Object.assign(window, { sameDocument: true }));
const stillSameDocument = (page: Page) =>
  page.evaluate(() => 'sameDocument' in window && window.sameDocument === true);

test.describe('saved scenarios, kept safe', () => {
  test('with storage full, scenarios kept in the tab survive the app’s own links, notice and all', async ({
    page,
  }) => {
    await page.addInitScript(fillStorage);
    await page.goto(CI_RESULT);
    await markDocument(page);
    await saveAs(page, 'CI pipelines');
    const full = page.getByRole('alert').filter({ hasText: 'storage for the app is full' });
    await expect(full).toBeVisible();

    // A second result, reached through the app: its title link leads home.
    await page.getByRole('link', { name: 'K8s OS Advisor' }).click();
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, PI_AT_HOME);
    await saveAs(page, 'Raspberry Pi at home');
    await page.getByRole('button', { name: 'Compare saved scenarios' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Saved scenarios' })).toBeVisible();
    await expect(full).toBeVisible();
    await expect(savedNames(page)).toHaveText(['CI pipelines', 'Raspberry Pi at home']);
    await compare(page, ['CI pipelines', 'Raspberry Pi at home']);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link').click();
    await expect(comparison(page)).toBeHidden();
    await expect(savedNames(page)).toHaveText(['CI pipelines', 'Raspberry Pi at home']);
    await page.goBack();
    await expect(comparison(page)).toHaveText(/CI pipelines[\s\S]*Raspberry Pi at home/);
    await expect(full).toBeVisible();
    expect(await stillSameDocument(page)).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  test('Back and Forward cross the interview, the saved list and a comparison; a reload keeps the comparison', async ({
    page,
  }) => {
    await page.goto(CI_RESULT);
    await saveAs(page, 'CI pipelines');
    await page.goto(`./?${PI_RESULT}`);
    await markDocument(page);
    await saveAs(page, 'Raspberry Pi at home');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link').click();
    await compare(page, ['Raspberry Pi at home', 'CI pipelines']);
    expect(new URL(page.url()).searchParams.getAll('compare')).toHaveLength(2);

    await page.goBack();
    await expect(comparison(page)).toBeHidden();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('k3os');
    await page.goForward();
    await page.goForward();
    await expect(comparison(page)).toHaveText(/Raspberry Pi at home[\s\S]*CI pipelines/);
    expect(await stillSameDocument(page)).toBe(true);

    await page.reload();
    await expect(comparison(page)).toHaveText(/Raspberry Pi at home[\s\S]*CI pipelines/);
    await page.getByRole('link', { name: 'Open the full result of “CI pipelines”' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('k3os');
    expect(new URL(page.url()).searchParams.get('platform')).toBe('ci');
    await expectNoAxeViolations(page);
  });

  test('Delete, Undo, then a double-click on Delete removes one scenario, and the list never moves', async ({
    page,
  }) => {
    for (const [result, name] of [
      [CI_RESULT, 'First'],
      [CI_RESULT.replace('upgrades', 'security'), 'Second'],
      [`./?${PI_RESULT}`, 'Third'],
    ] as const) {
      await page.goto(result);
      await saveAs(page, name);
    }
    await openSavedScenarios(page);
    const del = (name: string) => page.getByRole('button', { name: `Delete “${name}”` });
    const before = await del('First').boundingBox();

    await del('First').click();
    await expect(page.getByRole('button', { name: 'Undo delete' })).toBeFocused();
    await expectNoAxeViolations(page);
    // The cards below moved up by one card, and no further: the status line took no room.
    expect((await del('Second').boundingBox())?.y).toBe(before?.y);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(savedNames(page)).toHaveText(['First', 'Second', 'Third']);
    expect(await del('First').boundingBox()).toEqual(before);

    await del('First').dblclick();
    await expect(savedNames(page)).toHaveText(['Second', 'Third']);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(savedNames(page)).toHaveText(['First', 'Second', 'Third']);
    await page.reload();
    await expect(savedNames(page)).toHaveText(['First', 'Second', 'Third']);
  });
});
