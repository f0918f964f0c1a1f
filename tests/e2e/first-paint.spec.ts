// What index.html does before the app runs (build/index-html.ts): it shows the
// page's frame at once, fetches the page a link opens beside the app's code,
// and starts the app once the frame has painted.
import { expect, test } from './fixtures';

const RESULT_LINK =
  '?v=1&platform=raspberry-pi&workload=experiments&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution';

/**
 * The chunks whose name starts with `name` that the page hint asked for, as
 * the HTML was parsed: Vite's own preloads name only the chunks they import.
 */
async function hinted(page: import('@playwright/test').Page, name: string) {
  return page.locator(`head link[rel="modulepreload"][href*="/${name}"]`).count();
}

test('the frame is in the HTML itself, and the app replaces it: one header, one footer', async ({
  page,
  request,
}) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('K8s OS Advisor</a>');
  expect(html).toContain('Loading…');
  await page.goto(`./${RESULT_LINK}`);
  await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
});

test('a result link fetches the result’s code beside the app’s, not after it', async ({ page }) => {
  await page.goto(`./${RESULT_LINK}`);
  await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
  expect(await hinted(page, 'ResultPage-')).toBe(1);
});

test('a question link fetches a question’s code beside the app’s; the landing neither', async ({
  page,
}) => {
  await page.goto('./?v=1&platform=aws');
  await expect(page.getByRole('heading', { level: 1, name: /workload|run/i })).toBeVisible();
  expect(await hinted(page, 'QuestionStep-')).toBe(1);
  expect(await hinted(page, 'ResultPage-')).toBe(0);

  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  expect(await hinted(page, 'QuestionStep-')).toBe(0);
  expect(await hinted(page, 'ResultPage-')).toBe(0);
  // Fetched as soon as the person starts to use the page: a pointer over Start is enough.
  const fetched = page.waitForRequest(/\/QuestionStep-[^/]+\.js$/);
  await page.getByRole('button', { name: 'Start now' }).hover();
  await fetched;
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where will your Kubernetes nodes run?' }),
  ).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the frame says the app needs JavaScript, rather than loading for ever', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('banner')).toContainText('K8s OS Advisor');
    await expect(page.getByText(/turn it on to answer the questions/)).toBeVisible();
    await expect(page.getByText('Loading…', { exact: true })).toBeHidden();
  });
});

test('when the app’s code cannot load, the frame says so', async ({ page, trouble }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('main')).toHaveText(
    'K8s OS Advisor could not load its code. Check your connection, then reload the page.',
  );
  // The failed requests are what this test is about.
  trouble.consoleErrors.length = 0;
});
