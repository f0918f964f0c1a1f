import { expect, test } from './fixtures';

const COMPLETE =
  'platform=ci&rancher=no&kubernetes=lightweight&priority=footprint&image=distribution';

/** Bad links: each opens with an alert saying what was wrong, and never breaks the page. */
const BAD_LINKS: readonly { name: string; query: string; message: string; heading: RegExp }[] = [
  {
    name: 'unknown version',
    query: `?v=9&${COMPLETE}`,
    message: 'This link is marked version "9", which this app does not know',
    heading: /^k3os$/,
  },
  {
    name: 'unknown key',
    query: `?v=1&${COMPLETE}&utm_source=mail`,
    message: '"utm_source" is not a question this app asks, so it was left out.',
    heading: /^k3os$/,
  },
  {
    name: 'value outside the catalogue',
    query: '?v=1&platform=mars',
    message:
      'The link’s answer to “Where will your Kubernetes nodes run?”, "mars", is not one of its options',
    heading: /^Where will your Kubernetes nodes run\?/,
  },
  {
    name: 'two different answers to one question',
    query: `?v=1&${COMPLETE}&platform=aws`,
    message:
      'The link answers “Where will your Kubernetes nodes run?” twice: “Inside CI pipelines”, then “AWS”. The first was kept',
    heading: /^k3os$/,
  },
  {
    name: 'answer to a question that does not apply',
    query: `?v=1&${COMPLETE}&workload=production`,
    message:
      'The link answered “What will the cluster run?” (“Production applications”), though that question does not apply when “Where will your Kubernetes nodes run?” is answered “Inside CI pipelines”',
    heading: /^k3os$/,
  },
  {
    name: '__proto__ and constructor keys',
    query: `?v=1&__proto__=x&constructor=y&${COMPLETE}`,
    message: '"__proto__" is a reserved word, not a question this app asks, so it was left out.',
    heading: /^k3os$/,
  },
  {
    name: 'oversized input',
    query: `?v=1&${COMPLETE}&pad=${'x'.repeat(2100)}`,
    message: 'This link is too long to be a share link',
    heading: /./,
  },
  {
    name: 'percent-encoding error',
    query: `?v=1&${COMPLETE.replace('image=distribution', 'image=%E0%A4%A')}`,
    message:
      'The link’s answer to “Will you use a maintained distribution or build your own OS images?” is damaged',
    heading: /^Will you use a maintained distribution or build your own OS images\?/,
  },
  {
    name: 'markup in a value',
    query: `?v=1&platform=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    message: '"<img src=x onerror=alert(1)>", is not one of its options',
    heading: /^Where will your Kubernetes nodes run\?/,
  },
];

test.describe('share links', () => {
  for (const { name, query, message, heading } of BAD_LINKS) {
    test(`a link with ${name} shows an alert and keeps the page working`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await page.goto(`./${query}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      // Read first: the alert takes focus ahead of the page's heading.
      await expect(alert).toBeFocused();
      await expect(alert.getByRole('heading', { level: 2 })).toHaveText(/problems? with this link/);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(alert).toContainText('ask whoever sent the link for a new one');
      await expect(page.getByRole('img', { name: 'x' })).toHaveCount(0);
      expect(dialogs).toBe(0);
    });
  }

  test('the same answer given twice is no problem at all', async ({ page }) => {
    await page.goto(`./?v=1&${COMPLETE}&platform=ci&v=1`);
    await expect(page.getByRole('heading', { level: 1, name: 'k3os' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an incomplete link resumes the interview at the first unanswered question', async ({
    page,
  }) => {
    await page.goto('./?v=1&platform=aws&workload=production');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Do you already use Rancher or RKE?' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
