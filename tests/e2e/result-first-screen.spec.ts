import {
  CANDIDATES,
  OUTCOMES,
  QUESTIONS,
  isComplete,
  pruneAnswers,
  recommend,
  recommendToday,
  type Answers,
} from '../../rules';
import { encodeAnswers } from '../../src/features/share/codec';
import { PI_HOMELAB, AWS_LOCKED_DOWN, PI_WITH_RANCHER } from '../fixtures/answers';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PHONE = { width: 360, height: 800 };

/** True when the whole of `locator` lies within the first 800 px of the page. */
async function onFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

/** The expanded state Chromium gives assistive technology for the fold's summary. */
async function expandedState(page: Page, title: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const summary = nodes.find(
    (node) =>
      node.role?.value === 'DisclosureTriangle' && String(node.name?.value ?? '').startsWith(title),
  );
  return summary?.properties?.find((property) => property.name === 'expanded')?.value.value;
}

async function open(page: Page, answers: Answers) {
  await page.setViewportSize(PHONE);
  await page.goto(`./?${encodeAnswers(answers)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test.describe('the result’s first screen at 360 × 800', () => {
  for (const [label, answers] of [
    ['a Raspberry Pi homelab (issue 10’s “Done when”)', PI_HOMELAB],
    ['production on AWS, API only', AWS_LOCKED_DOWN],
    ['a Raspberry Pi in production with Rancher', PI_WITH_RANCHER],
  ] as const) {
    test(`shows both picks, why, the state today and the primary action: ${label}`, async ({
      page,
    }) => {
      await open(page, answers);
      const article = OUTCOMES[recommend(answers).top];
      const today = recommendToday(answers);
      const h1 = page.getByRole('heading', { level: 1, name: article.name });
      const why = page.getByText(recommend(answers).why);
      const todayPick = page.getByRole('region', {
        name: `What to run today: ${CANDIDATES[today.top].name}`,
      });
      const primary = page.getByRole('button', { name: 'Copy link' });
      for (const locator of [h1, why, todayPick, primary])
        expect(await onFirstScreen(locator)).toBe(true);
      const todayWhy =
        !today.heir.articlePickMaintained && today.heir.heir === today.top
          ? today.heir.summary
          : today.why;
      expect(await onFirstScreen(todayPick.getByText(todayWhy))).toBe(true);
      expect(await onFirstScreen(todayPick.getByRole('link').first())).toBe(true);
      if (today.heir.articlePickMaintained) {
        await expect(page.getByText('Warning:')).toHaveCount(0);
      } else {
        // The words "Warning:" are for screen readers; the paragraph holding them is the warning.
        const warning = page.getByText('Warning:').locator('..');
        expect(await onFirstScreen(warning)).toBe(true);
        await expect(warning).toContainText(
          `Warning: ${article.status.headline}. Run ${CANDIDATES[today.top].name} instead`,
        );
        expect(await onFirstScreen(todayPick.getByText(today.heir.summary))).toBe(true);
        expect(await onFirstScreen(todayPick.getByText(/^Not from the article/))).toBe(true);
      }
    });
  }

  test('a fold opens and closes from the keyboard, Enter and Space, and says it is expanded', async ({
    page,
  }) => {
    await open(page, PI_HOMELAB);
    // The summary holds the fold's name; the name's own element is inside it.
    const summary = page.getByText('The article’s six options, ranked').locator('..');
    const fold = page.getByRole('group', { name: 'The article’s six options, ranked' });
    const first = fold.getByRole('listitem').first();
    await expect(fold.getByRole('listitem')).toHaveCount(0);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(first).toBeVisible();
    await expect(first).toContainText('k3os');
    await expect(fold).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(fold.getByRole('listitem')).toHaveCount(0);
    await expect(summary).toBeFocused();
    await expect(fold).not.toHaveAttribute('open');
    expect(await expandedState(page, 'The article’s six options, ranked')).toBe(false);
    await page.keyboard.press('Space');
    await expect(first).toBeVisible();
    expect(await expandedState(page, 'The article’s six options, ranked')).toBe(true);
  });
});

/** What the what-if line should say for each other value, from the rules alone. */
function expectedWhatIfs(answers: Answers): string[] {
  const article = recommend(answers).top;
  const today = recommendToday(answers).top;
  const lines: string[] = [];
  for (const question of Object.keys(answers) as (keyof Answers)[]) {
    const groups = new Map<string, string[]>();
    for (const option of QUESTIONS[question].options) {
      if (option.value === answers[question]) continue;
      // As the interview does: drop what no longer applies; leave open what is newly asked.
      const changed = pruneAnswers({ ...answers, [question]: option.value });
      if (!isComplete(changed)) continue;
      const a = recommend(changed).top;
      const t = recommendToday(changed).top;
      const picks = [
        ...(a === article ? [] : [OUTCOMES[a].name]),
        ...(t === today ? [] : [`today ${CANDIDATES[t].name}`]),
      ].join(' · ');
      if (picks) groups.set(picks, [...(groups.get(picks) ?? []), option.label]);
    }
    for (const [picks, labels] of groups) {
      const either =
        labels.length < 2 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
      lines.push(`If ${either}: ${picks}`);
    }
  }
  return lines;
}

test('what if: each answer’s other values give the picks recommend() gives', async ({ page }) => {
  for (const answers of [PI_HOMELAB, AWS_LOCKED_DOWN, PI_WITH_RANCHER]) {
    await open(page, answers);
    const region = page.getByRole('region', { name: /^Your answers/ });
    const shown = await region.getByRole('listitem').allInnerTexts();
    expect(shown.sort()).toEqual(expectedWhatIfs(answers).sort());
  }
});

test('a change from the result returns to the result, at that answer, with the new picks', async ({
  page,
}) => {
  await open(page, PI_HOMELAB);
  const change = page.getByRole('button', {
    name: `Change your answer to “${QUESTIONS.kubernetes.prompt}”`,
  });
  await change.click();
  await page.getByRole('radio', { name: /Full upstream Kubernetes/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const changed = { ...PI_HOMELAB, kubernetes: 'full' } as const;
  await expect(
    page.getByRole('heading', { level: 1, name: OUTCOMES[recommend(changed).top].name }),
  ).toBeVisible();
  await expect(page).toHaveURL(/kubernetes=full/);
  // Focus and scroll agree: on the Change button used, in view, not at the top of the page.
  await expect(change).toBeFocused();
  await expect(change).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
