import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a journey must never see. */
interface Trouble {
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * Every journey runs with this watch: at the end it fails on any request to
 * another origin, any console error (CSP violations included) or page error.
 */
export const test = base.extend<{ trouble: Trouble }>({
  trouble: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const trouble: Trouble = { foreignRequests: [], consoleErrors: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) trouble.foreignRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') trouble.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => trouble.consoleErrors.push(`page error: ${error.message}`));
      await use(trouble);
      expect(trouble.foreignRequests, 'requests to another origin').toEqual([]);
      expect(trouble.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails with the list of violations when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
  ).toEqual([]);
}
