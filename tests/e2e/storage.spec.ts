import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const KEY = 'k8s-os-advisor.scenarios';

/** 32 different complete answer sets (Pi or edge, not production: 2 × 2 × 2 × 4), as share links. */
const RESULTS = ['raspberry-pi', 'edge'].flatMap((platform) =>
  ['ci-runners', 'experiments'].flatMap((workload) =>
    ['full', 'lightweight'].flatMap((kubernetes) =>
      ['upgrades', 'security', 'familiarity', 'footprint'].map(
        (priority) =>
          `./?v=1&platform=${platform}&workload=${workload}&rancher=no&kubernetes=${kubernetes}&priority=${priority}&image=distribution`,
      ),
    ),
  ),
);

/** Clicks `target` at epoch millisecond `at`: every page's click lands in the same millisecond. */
async function clickAt(target: Locator, at: number) {
  await target.evaluate((button: HTMLElement, when: number) => {
    // A timer gets close; a short spin hits the millisecond itself.
    setTimeout(
      () => {
        while (Date.now() < when);
        button.click();
      },
      Math.max(0, when - Date.now() - 15),
    );
  }, at);
}

/** The scenario names this page's storage holds, sorted. */
const storedNames = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as { state: { scenarios: { name: string }[] } }) : null;
    return (parsed?.state.scenarios.map((s) => s.name) ?? []).sort();
  }, KEY);

/** Waits until every page's storage holds exactly `expected`. */
async function settled(pages: readonly Page[], expected: ReadonlySet<string>) {
  const want = [...expected].sort();
  for (const page of pages) await expect.poll(() => storedNames(page)).toEqual(want);
}

const savedList = (page: Page) => page.getByRole('list').getByRole('heading', { level: 2 });

// The last run takes Web Locks away, as a browser without them (or plain HTTP) would:
// the storage event's merge-and-write-back alone must then repair every lost race.
for (const [tabs, rounds, locks] of [
  [2, 6, true],
  [5, 4, true],
  [5, 3, false],
] as const) {
  test(`${tabs} pages saving, renaming and deleting in the same millisecond, ${rounds} rounds, ${locks ? 'with' : 'without'} Web Locks, lose nothing`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    if (!locks)
      await context.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'locks'));
    const pages = [
      page,
      ...(await Promise.all(Array.from({ length: tabs - 1 }, () => context.newPage()))),
    ];
    const expected = new Set<string>();
    for (let round = 1; round <= rounds; round++) {
      // Every page saves a new scenario at the same instant.
      await Promise.all(
        pages.map(async (p, t) => {
          await p.goto(RESULTS[(round - 1) * tabs + t] ?? '');
          expect(await p.evaluate(() => 'locks' in navigator)).toBe(locks);
          await p.getByRole('button', { name: 'Save as scenario' }).click();
          await p.getByLabel('Scenario name').fill(`p${t} r${round}`);
        }),
      );
      let at = Date.now() + 400;
      await Promise.all(
        pages.map((p) => clickAt(p.getByRole('button', { name: 'Save scenario' }), at)),
      );
      pages.forEach((_, t) => expected.add(`p${t} r${round}`));
      await settled(pages, expected);

      // Every page renames this round's scenario and, every other round, deletes the last one, at once.
      await Promise.all(
        pages.map(async (p, t) => {
          await p.goto('./?view=scenarios');
          await p.getByRole('button', { name: `Rename “p${t} r${round}”` }).click();
          await p.getByLabel('New name').fill(`p${t} r${round} renamed`);
        }),
      );
      at = Date.now() + 400;
      await Promise.all(
        pages.map(async (p, t) => {
          await clickAt(p.getByRole('button', { name: 'Save name' }), at);
          if (round % 2 === 0)
            await clickAt(
              p.getByRole('button', { name: `Delete “p${t} r${round - 1} renamed”` }),
              at,
            );
        }),
      );
      pages.forEach((_, t) => {
        expected.delete(`p${t} r${round}`);
        expected.add(`p${t} r${round} renamed`);
        if (round % 2 === 0) expected.delete(`p${t} r${round - 1} renamed`);
      });
      await settled(pages, expected);
    }
    // A fresh page lists exactly what is expected: every save, every rename, no deleted one back.
    const fresh = await context.newPage();
    await fresh.goto('./?view=scenarios');
    await expect(savedList(fresh)).toHaveCount(expected.size);
    expect((await savedList(fresh).allInnerTexts()).sort()).toEqual([...expected].sort());
    expect(expected.size).toBe(tabs * Math.ceil(rounds / 2));
  });
}

// Each fault as a page sees it from its first script on.
const FAULTS = {
  'getItem throws (a corrupted profile)': () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('File error: corrupted', 'UnknownError');
    };
  },
  'every Storage method throws SecurityError': () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const)
      Storage.prototype[method] = refuse;
    Object.defineProperty(Storage.prototype, 'length', { get: refuse });
  },
  'the localStorage getter throws (storage blocked)': () => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

for (const [fault, script] of Object.entries(FAULTS)) {
  test(`${fault}: a save is kept in the tab, said so, and no page error`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto(RESULTS[0] ?? '');
    await page.getByRole('button', { name: 'Save as scenario' }).click();
    await page.getByLabel('Scenario name').fill('Pi lab');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pi lab' })).toHaveText(
      'Saved as scenario “Pi lab”, in this tab only for now.',
    );
    await expect(
      page.getByRole('alert').filter({ hasText: 'kept in this tab only' }),
    ).toBeVisible();
    await expect(page.getByLabel('Scenario name')).toBeHidden();
    // Saving again finds it: no "Pi lab (2)".
    await page.getByRole('button', { name: 'Compare saved scenarios' }).click();
    await expect(savedList(page)).toHaveText(['Pi lab']);
    await expect(
      page.getByRole('alert').filter({ hasText: 'kept in this tab only' }),
    ).toBeVisible();
  });
}

test('a full storage: what was saved stays saved, new scenarios are kept in the tab and said so, and closing the tab asks first', async ({
  page,
}) => {
  await page.goto(RESULTS[1] ?? '');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await page.getByLabel('Scenario name').fill('Stored first');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stored first' })).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(['Stored first']);
  // Fill the rest of the origin's quota, down to the last few bytes.
  await page.evaluate(() => {
    for (let size = 1 << 20, i = 0; size >= 1; size = Math.floor(size / 2))
      try {
        for (; ; i++) localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        // Full at this size: try a smaller one.
      }
  });
  await page.goto(RESULTS[2] ?? '');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await page.getByLabel('Scenario name').fill('Kept in the tab');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept in the tab' })).toHaveText(
    'Saved as scenario “Kept in the tab”, in this tab only for now.',
  );
  await expect(
    page.getByRole('alert').filter({ hasText: 'storage for the app is full' }),
  ).toBeVisible();
  expect(await storedNames(page)).toEqual(['Stored first']);
  // Closing the tab now would lose "Kept in the tab": the browser asks first, and staying keeps it.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByRole('status').filter({ hasText: 'Kept in the tab' })).toBeVisible();
});

test('saving the same answers again says under which name they are saved, and saves no copy', async ({
  page,
}) => {
  await page.goto(RESULTS[3] ?? '');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await page.getByLabel('Scenario name').fill('Edge lab');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Edge lab' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Edge lab' })).toHaveText(
    'Already saved as “Edge lab”.',
  );
  await expect(page.getByRole('button', { name: 'Start over to compare' })).toBeFocused();
  await expect(page.getByLabel('Scenario name')).toBeHidden();
  await expectNoAxeViolations(page);
  expect(await storedNames(page)).toEqual(['Edge lab']);
});
