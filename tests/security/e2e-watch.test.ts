// Every end-to-end journey must run under the watch in tests/e2e/fixtures.ts,
// which fails it on a request to another origin or a console error (CSP
// violations included). A spec that takes `test` straight from Playwright
// would silently skip that watch, so this fails instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const E2E = resolve(import.meta.dirname, '../e2e');
const specs = readdirSync(E2E).filter((f) => /\.spec\.[cm]?[jt]s$/.test(f));

/** Why a spec's source escapes the watch, or an empty list when it does not. */
function escapes(source: string): string[] {
  const found: string[] = [];
  if (!/import\s*{[^}]*\btest\b[^}]*}\s*from\s*'\.\/fixtures'/.test(source))
    found.push("does not import `test` from './fixtures'");
  if (/import\s*{[^}]*\btest\b[^}]*}\s*from\s*'@playwright\/test'/.test(source))
    found.push("imports `test` from '@playwright/test'");
  if (/\.(extend|use)\(\s*{[^}]*\btrouble\b/.test(source)) found.push('overrides the watch');
  return found;
}

describe('end-to-end journeys', () => {
  it('exist', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  it.each(specs)('%s runs under the origin and console watch', (spec) => {
    expect(escapes(readFileSync(join(E2E, spec), 'utf8'))).toEqual([]);
  });

  it('tells a watched spec from one that bypasses the watch', () => {
    expect(escapes("import { expect, test } from './fixtures';")).toEqual([]);
    expect(escapes("import { expect, test } from '@playwright/test';")).toHaveLength(2);
    expect(
      escapes("import type { Page } from '@playwright/test';\nimport { test } from './fixtures';"),
    ).toEqual([]);
  });
});
