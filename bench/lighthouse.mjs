// npm run bench:lighthouse — Lighthouse 12, mobile (default) and desktop
// presets, three runs each, on the landing page, a question and a result
// opened from a share URL, against the static build. Prints the median of
// each category and of LCP, TBT and CLS, and every audit that cost points.
// Reports only: it exits 0 whatever the scores.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.mjs';
import { buildAndServe, FLOOR_PATH, PAGES, SERVER } from './lib/pages.mjs';
import { median, table } from './lib/table.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4391);
/** @typedef {import('lighthouse').Result} Lhr */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// LIGHTHOUSE_PRESETS=mobile and LIGHTHOUSE_PAGES=landing,result narrow a run while investigating.
/**
 * The items whose name starts with one of the comma-separated names in `env`; all without it.
 * @template {{ name: string }} T
 * @param {T[]} list
 * @param {string | undefined} env
 */
const only = (list, env) => {
  const names = env?.split(',').map((n) => n.trim());
  return names ? list.filter((item) => names.some((n) => item.name.startsWith(n))) : list;
};
const PRESETS = only(
  [
    { name: 'mobile', config: undefined },
    { name: 'desktop', config: desktopConfig },
  ],
  process.env.LIGHTHOUSE_PRESETS,
);
// The floor app (same libraries, no app) is the baseline measured in the same run.
const pages = only(
  [...PAGES, { name: 'floor app (baseline)', path: FLOOR_PATH }],
  process.env.LIGHTHOUSE_PAGES,
);

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
const outDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
const server = await buildAndServe(outDir, PORT, { withFloor: true });
const rows = [];
const lcpElements = [];
const lost = new Map(); // "page · preset · audit" → runs in which it cost points
try {
  for (const preset of PRESETS)
    for (const page of pages) {
      /** @type {Lhr[]} */
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
        try {
          const result = await lighthouse(
            new URL(page.path, server.baseUrl).href,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            preset.config,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          runs.push(result.lhr);
        } finally {
          await chrome.kill();
        }
      }
      rows.push(summarise(page.name, preset.name, runs));
      lcpElements.push(`${page.name} · ${preset.name}: ${lcpElement(runs[0])}`);
      // The floor is a performance baseline only: it has no title, description or robots to audit.
      if (page.path !== FLOOR_PATH)
        for (const lhr of runs)
          for (const audit of pointsLost(lhr)) {
            const key = `${page.name} · ${preset.name} · ${audit}`;
            lost.set(key, (lost.get(key) ?? 0) + 1);
          }
    }
} finally {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}

/**
 * One table row: medians over the runs of one page and preset.
 * @param {string} page
 * @param {string} preset
 * @param {Lhr[]} runs
 */
function summarise(page, preset, runs) {
  /** @param {string} id */
  const score = (id) => median(runs.map((lhr) => (lhr.categories[id]?.score ?? NaN) * 100));
  /** @param {string} id */
  const metric = (id) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
  const errors = runs.flatMap((lhr) => (lhr.runtimeError ? [lhr.runtimeError.message] : []));
  return [
    page,
    preset,
    ...CATEGORIES.map((id) => score(id).toFixed(0)),
    `${metric('largest-contentful-paint').toFixed(0)} ms`,
    `${metric('total-blocking-time').toFixed(0)} ms`,
    metric('cumulative-layout-shift').toFixed(3),
    [...new Set(errors)].join('; '),
  ];
}

/**
 * The HTML of the element Lighthouse took for the largest contentful paint.
 * @param {Lhr | undefined} lhr
 */
function lcpElement(lhr) {
  // A list of tables whose first row holds the node (Lighthouse 12's shape for this audit).
  const details =
    /** @type {{ items?: { items?: { node?: { snippet?: string, nodeLabel?: string } }[] }[] } | undefined} */ (
      lhr?.audits['largest-contentful-paint-element']?.details
    );
  const node = details?.items?.[0]?.items?.[0]?.node;
  return node ? `${node.snippet} (${node.nodeLabel?.slice(0, 60) ?? ''})` : 'n/a';
}

/**
 * Every scored audit of every category that did not get full marks, with what it found.
 * @param {Lhr} lhr
 */
function pointsLost(lhr) {
  return Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1 ? [audit] : [];
      })
      .map(
        (a) => `${category.id}: ${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`,
      ),
  );
}

console.log(
  `Lighthouse ${RUNS} runs per page and preset, medians (static build served by ${SERVER === 'preview' ? 'vite preview, gzip' : 'tests/e2e/static-server.mjs, uncompressed'}; ${chromePath})\n`,
);
const headers = [
  'page',
  'preset',
  'perf',
  'a11y',
  'best pr.',
  'SEO',
  'LCP',
  'TBT',
  'CLS',
  'errors',
];
// The errors column only when some run failed to load or audit the page.
const shown = rows.some((row) => row.at(-1)) ? headers.length : headers.length - 1;
console.log(
  table(
    headers.slice(0, shown),
    rows.map((row) => row.slice(0, shown)),
  ),
);
console.log('\nAudits that cost points (runs out of', RUNS, '):');
if (lost.size === 0) console.log('  none: every scored audit passed in every run.');
for (const [key, count] of [...lost].sort()) console.log(`  ${count}× ${key}`);
console.log('\nLargest contentful paint element (first run):');
for (const line of lcpElements) console.log(`  ${line}`);
