import type { Page } from '@playwright/test';
import { CANDIDATES, OUTCOMES, recommend, recommendToday, type Answers } from '../../rules';
import { encodeCompareLink } from '../../src/features/share/compareLink';
import { AWS_AT_WORK, PI_HOMELAB, PI_WITH_RANCHER } from '../fixtures/answers';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Four scenarios whose article picks run from maintained (standard Linux) to archived (k3os).
const SCENARIOS: readonly { name: string; answers: Answers }[] = [
  { name: 'Home lab', answers: PI_HOMELAB },
  { name: 'AWS at work', answers: AWS_AT_WORK },
  {
    name: 'Edge sites with a long name that has to wrap on a phone screen somewhere',
    answers: { ...PI_WITH_RANCHER, platform: 'edge' },
  },
  {
    name: 'CI',
    answers: {
      platform: 'ci',
      rancher: 'no',
      kubernetes: 'lightweight',
      priority: 'footprint',
      image: 'custom',
    },
  },
];
const LINK = `./?${encodeCompareLink(SCENARIOS)}`;

/** Elements inside the comparison that stick out of it, sideways: none may. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('.compare')?.getBoundingClientRect();
    if (!box) return ['no comparison on the page'];
    return [...document.querySelectorAll('.compare *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
}

test.describe('the comparison', () => {
  test('on a phone: a card per scenario, nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(LINK);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(4);
    const width = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
    }));
    expect(width.page).toBeLessThanOrEqual(width.view);
    expect(await overflowing(page)).toEqual([]);
    // Stacked: each card starts below the one before it.
    const tops = await page
      .getByRole('article')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(4);
  });

  test('on a wide screen the cards stand side by side, their answers lined up', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LINK);
    const cards = page.getByRole('article');
    await expect(cards).toHaveCount(4);
    const tops = await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    // The same question sits at the same height in every card.
    const priorityRows = await cards.evaluateAll((all) =>
      all.map((card) => {
        const dt = [...card.querySelectorAll('dt')].find((t) =>
          t.textContent?.startsWith('Priority'),
        );
        return Math.round(dt?.getBoundingClientRect().top ?? -1);
      }),
    );
    expect(new Set(priorityRows).size).toBe(1);
    expect(await overflowing(page)).toEqual([]);
  });

  test('shows each scenario’s article pick with its state today, and today’s pick', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(LINK);
    for (const { name, answers } of SCENARIOS) {
      const card = page.getByRole('article', { name });
      const article = OUTCOMES[recommend(answers).top];
      const today = recommendToday(answers);
      const picks = card.getByRole('definition');
      await expect(picks.nth(0)).toHaveText(article.name);
      await expect(picks.nth(1)).toContainText(article.status.headline);
      await expect(picks.nth(1)).toContainText('as of November 2026');
      // Not maintained: said in words for screen readers, and drawn as a warning.
      const warning = picks.nth(1).getByText('Warning:');
      if (today.heir.articlePickMaintained) await expect(warning).toHaveCount(0);
      else await expect(warning).toHaveCount(1);
      await expect(picks.nth(2)).toHaveText(CANDIDATES[today.top].name);
      await expect(picks.nth(3)).toHaveText(today.why);
    }
  });

  test('has no accessibility violations, folded and unfolded, light and dark', async ({ page }) => {
    // Six axe runs over four cards: slow on a shared two-core machine, not stuck.
    test.setTimeout(120_000);
    await page.goto(LINK);
    await expect(page.getByRole('article')).toHaveCount(4);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await expectNoAxeViolations(page);
      }
    }
    for (const summary of await page.getByText('The article’s ranking of all six').all()) {
      await summary.click();
    }
    await expect(page.getByRole('group').first()).toHaveAttribute('open');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  });
});
