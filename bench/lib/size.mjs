// Measures a build made by bench/lib/build.mjs: the raw, gzip and brotli
// bytes of what its index.html loads eagerly (bench/lib/eager.mjs) and of the
// lazy chunks, listed apart since they are not initial JS.
// Used by `npm run bench:size` and by the slow test tier (tests/build-once.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildApp, buildFloor } from './build.mjs';
import { closeOverStaticImports, eagerAssetsOfHtml, eagerOrigins } from './eager.mjs';

/** @typedef {import('./build.mjs').RollupOutput} RollupOutput */
/**
 * Raw, gzip and brotli bytes of one file or a sum of files.
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 */
/**
 * The files of one kind (eager JS, eager CSS, lazy JS) and their sum.
 * @typedef {{ files: (Sizes & { file: string })[], total: Sizes }} Group
 */
/**
 * What one build loads eagerly and what it leaves for later. `js` is the
 * initial JS of its heaviest page, `page`; `pages` gives each page's; `origins`
 * are the bytes of that initial JS by origin (npm package, feature folder…)
 * before minification, largest first.
 * @typedef {object} BuildSizes
 * @property {string} page
 * @property {{ page: string, gzip: number }[]} pages
 * @property {Group} js
 * @property {Group} css
 * @property {Group} lazy
 * @property {{ origin: string, rendered: number }[]} origins
 */
/**
 * Both builds measured side by side; `ratio` is app/floor initial JS, gzip.
 * @typedef {object} Comparison
 * @property {BuildSizes} app
 * @property {BuildSizes} floor
 * @property {number} ratio
 * @property {string} appDir
 * @property {string} floorDir
 */

/** The budget: the initial JS (gzip) of the app's heaviest page may be at most this multiple of the floor's. */
export const BUDGET_RATIO = 1.25;

/**
 * gzip at level 9 and brotli at quality 11: what a host would precompress static files with.
 * @param {Uint8Array} buffer
 * @returns {Sizes}
 */
function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/**
 * @param {string} outDir
 * @param {Iterable<string>} files
 * @returns {Promise<Group>}
 */
async function sizesOf(outDir, files) {
  const rows = [];
  for (const file of [...files].sort())
    rows.push({ file, ...compressedSizes(await readFile(join(outDir, file))) });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) {
    total.raw += row.raw;
    total.gzip += row.gzip;
    total.brotli += row.brotli;
  }
  return { files: rows, total };
}

/**
 * Measures a build in `outDir` made by `outputs` (what buildApp/buildFloor resolved to).
 * @param {string} outDir
 * @param {RollupOutput[]} outputs
 * @returns {Promise<BuildSizes>}
 */
async function measureBuild(outDir, outputs) {
  const eager = eagerAssetsOfHtml(await readFile(join(outDir, 'index.html'), 'utf8'));
  const lazyFiles = closeOverStaticImports(outputs, eager);
  // Each page's initial JS: the eager JS, and the chunks the page hint fetches for it beside them
  // (none for the landing and the saved scenarios). The budget holds the heaviest page to it.
  const pages = [];
  /** @type {[string, string[]][]} */
  const hinted = [['landing', []], ...eager.pages];
  for (const [page, files] of hinted)
    pages.push({ page, js: await sizesOf(outDir, new Set([...eager.js, ...files])) });
  const heaviest = pages.reduce((a, b) => (b.js.total.gzip > a.js.total.gzip ? b : a));
  const initial = new Set(heaviest.js.files.map((f) => f.file));
  return {
    page: heaviest.page,
    pages: pages.map(({ page, js }) => ({ page, gzip: js.total.gzip })),
    js: heaviest.js,
    css: await sizesOf(outDir, eager.css),
    lazy: await sizesOf(
      outDir,
      lazyFiles.filter((file) => !initial.has(file)),
    ),
    origins: eagerOrigins(outputs, initial),
  };
}

/**
 * Builds both apps under `workDir` (…/app and …/floor) and measures them.
 * @param {string} workDir
 * @returns {Promise<Comparison>}
 */
export async function measureAppAndFloor(workDir) {
  const appDir = join(workDir, 'app');
  const floorDir = join(workDir, 'floor');
  const app = await measureBuild(appDir, await buildApp(appDir));
  const floor = await measureBuild(floorDir, await buildFloor(floorDir));
  return { app, floor, ratio: app.js.total.gzip / floor.js.total.gzip, appDir, floorDir };
}
