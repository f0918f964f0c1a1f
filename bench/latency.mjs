// npm run bench:latency — in Chromium, (1) from navigation to the result's h1
// for a share URL, and (2) from choosing an answer (a radio, then Continue)
// to the next question's h1, each as a ratio to the floor app's first render
// (navigation to its h1) measured in the same run. Median of 20 samples per
// measure, interleaved so drift in the machine's load hits all three alike;
// each sample in a fresh browser context (cold cache, empty storage).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.mjs';
import { settledH1, H1_WATCH } from './lib/h1-watch.mjs';
import { buildAndServe, FLOOR_PATH, PAGES, SERVER } from './lib/pages.mjs';
import { median, table } from './lib/table.mjs';

const SAMPLES = Number(process.env.LATENCY_SAMPLES ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 4393);
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ text: string, dom: number, frame: number }} Sample */

/** @param {string} name */
const pathOf = (name) => {
  const page = PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`bench/lib/pages.mjs has no page named ${name}`);
  return page.path;
};
const QUESTION = pathOf('question');
const RESULT = pathOf('result (share URL)');

/**
 * The settled h1 on `page` (it has had its next frame) and the page's log.
 * @param {Page} page
 */
async function settled(page) {
  const log = await settledH1(page);
  const last = log.h1.at(-1);
  if (!last || last.frame === null) throw new Error(`no settled h1 on ${page.url()}`);
  return { log, last: { text: last.text, dom: last.dom, frame: last.frame } };
}

/**
 * Navigation to the first settled h1: its text and its times since navigation start.
 * @param {Page} page
 * @param {string} url
 * @returns {Promise<Sample>}
 */
async function firstRender(page, url) {
  await page.goto(url);
  return (await settled(page)).last;
}

/**
 * From the click on Continue (after choosing the first option) to the next question's h1.
 * @param {Page} page
 * @param {string} url
 * @returns {Promise<Sample>}
 */
async function answerStep(page, url) {
  const before = await firstRender(page, url);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: /continue/i }).click();
  const { log: bench, last: next } = await settled(page);
  if (next.text === before.text || bench.clickAt === null)
    throw new Error(`the heading did not change after Continue on ${url}`);
  return {
    text: `${before.text} → ${next.text}`,
    dom: next.dom - bench.clickAt,
    frame: next.frame - bench.clickAt,
  };
}

/** @type {{ name: string, run: (page: Page, base: string) => Promise<Sample> }[]} */
const MEASURES = [
  {
    name: 'floor: navigation → h1',
    run: (page, base) => firstRender(page, new URL(FLOOR_PATH, base).href),
  },
  {
    name: 'share URL: navigation → result h1',
    run: (page, base) => firstRender(page, new URL(RESULT, base).href),
  },
  {
    name: 'answer: Continue → next question h1',
    run: (page, base) => answerStep(page, new URL(QUESTION, base).href),
  },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
const outDir = await mkdtemp(join(tmpdir(), 'bench-latency-'));
const server = await buildAndServe(outDir, PORT, { withFloor: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
// One list of samples per measure, and the heading each last showed.
const runs = MEASURES.map((measure) => ({
  measure,
  /** @type {Sample[]} */ samples: [],
  heading: '',
}));
try {
  for (let round = 0; round < SAMPLES; round++)
    for (const run of runs) {
      const context = await browser.newContext();
      await context.addInitScript(H1_WATCH);
      const page = await context.newPage();
      const sample = await run.measure.run(page, server.baseUrl);
      run.samples.push(sample);
      run.heading = sample.text;
      await context.close();
    }
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}

const floor = runs[0]?.samples ?? [];
const floorDom = median(floor.map((s) => s.dom));
const floorFrame = median(floor.map((s) => s.frame));
console.log(
  `Latency, median of ${SAMPLES} (Chromium ${browser.version()}, build served by ${SERVER === 'preview' ? 'vite preview' : 'static-server.mjs'})\n`,
);
console.log(
  table(
    ['measure', 'h1 in DOM', 'ratio to floor', 'next frame', 'ratio to floor', 'heading'],
    runs.map(({ measure, samples, heading }) => {
      const dom = median(samples.map((s) => s.dom));
      const frame = median(samples.map((s) => s.frame));
      return [
        measure.name,
        `${dom.toFixed(1)} ms`,
        `${(dom / floorDom).toFixed(2)}×`,
        `${frame.toFixed(1)} ms`,
        `${(frame / floorFrame).toFixed(2)}×`,
        heading.length > 70 ? `${heading.slice(0, 69)}…` : heading,
      ];
    }),
  ),
);
console.log(
  '\n"h1 in DOM": when the heading text entered the document; "next frame": the first frame after it.',
);
