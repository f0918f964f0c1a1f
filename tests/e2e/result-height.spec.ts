import { OUTCOMES, allAnswerSets, recommend } from '../../rules';
import { encodeAnswers } from '../../src/features/share/codec';
import { expect, test } from './fixtures';

/** Issue 11: with everything folded, every result fits about six phone screens. */
const MAX_HEIGHT = 4800;

test('every one of the 840 results, folded, is at most 4,800 px tall at 360 px', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const sets = allAnswerSets().map((answers) => ({
    search: `?${encodeAnswers(answers)}`,
    name: OUTCOMES[recommend(answers).top].name,
  }));
  expect(sets).toHaveLength(840);
  await page.goto(`./${sets[0]?.search ?? ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // One page, moved through history as the app's own links do: 840 loads would take minutes.
  const heights = await page.evaluate(async (all) => {
    const measured: { search: string; height: number; heading: string }[] = [];
    for (const { search } of all) {
      window.history.pushState(null, '', search);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      measured.push({
        search,
        height: document.documentElement.scrollHeight,
        heading: document.querySelector('main h1')?.textContent ?? '',
      });
    }
    return measured;
  }, sets);
  // Each measurement is of the right result, not of the one before it.
  expect(heights.map((h) => h.heading)).toEqual(sets.map((s) => s.name));
  const sorted = heights.map((h) => h.height).sort((a, b) => a - b);
  const longest = heights.reduce((a, b) => (b.height > a.height ? b : a));
  console.log(
    `folded heights at 360 px: shortest ${sorted[0]}, median ${sorted[420]}, longest ${longest.height} (${longest.search})`,
  );
  expect(longest.height, longest.search).toBeLessThanOrEqual(MAX_HEIGHT);
});
