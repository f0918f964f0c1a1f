// Builds the app and the library floor (bench/floor/) with Vite's API and
// measures what each index.html loads eagerly: the entry script, its
// modulepreloaded and statically imported chunks, and the stylesheets.
// Lazy chunks (dynamic import()) are listed apart: they are not initial JS.
// Used by `npm run bench:size` and by tests/budget/size.test.ts.
import { readFile } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/** @typedef {import('vite').Rollup.RollupOutput} RollupOutput */
/**
 * Raw, gzip and brotli bytes of one file or a sum of files.
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 */
/**
 * The files of one kind (eager JS, eager CSS, lazy JS) and their sum.
 * @typedef {{ files: (Sizes & { file: string })[], total: Sizes }} Group
 */
/**
 * What one build loads eagerly and what it leaves for later; `origins` are the
 * bytes of the initial JS by origin (npm package, feature folder…) before
 * minification, largest first.
 * @typedef {object} BuildSizes
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

/** The budget: the app's initial JS (gzip) may be at most this multiple of the floor's. */
export const BUDGET_RATIO = 1.25;

/** The repository root. */
// import.meta.dirname, not new URL(): under jsdom (vitest) URL is the DOM's, not Node's.
export const ROOT = resolve(import.meta.dirname, '../..');
const APP_CONFIG = join(ROOT, 'vite.config.ts');
const FLOOR_CONFIG = join(ROOT, 'bench/floor/vite.config.ts');

/**
 * Builds the app into `outDir` with its own vite.config.ts; resolves to Vite's output.
 * @param {string} outDir
 */
export function buildApp(outDir) {
  return viteBuild(APP_CONFIG, ROOT, outDir);
}

/**
 * Builds the floor app into `outDir`; resolves to Vite's output.
 * @param {string} outDir
 */
export function buildFloor(outDir) {
  return viteBuild(FLOOR_CONFIG, join(ROOT, 'bench/floor'), outDir);
}

/**
 * @param {string} configFile
 * @param {string} root
 * @param {string} outDir
 * @returns {Promise<RollupOutput[]>}
 */
async function viteBuild(configFile, root, outDir) {
  // Vite bundles React for whatever NODE_ENV says, and vitest sets it to
  // "test": without this the budget test would measure React's dev build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      configFile,
      root,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
    // A build without watch resolves to its output(s), never to a watcher.
    return /** @type {RollupOutput[]} */ (Array.isArray(result) ? result : [result]);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * gzip at level 9 and brotli at quality 11: what a host would precompress static files with.
 * @param {Uint8Array} buffer
 * @returns {Sizes}
 */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/**
 * The asset paths (relative to the build root) that index.html loads eagerly.
 * @param {string} html
 */
export function eagerAssetsOfHtml(html) {
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    const path = posix.normalize(url.replace(/^\.?\//, ''));
    if (/^<script/i.test(tag) && /type="module"/i.test(tag)) js.add(path);
    else if (/rel="modulepreload"/i.test(tag)) js.add(path);
    else if (/rel="stylesheet"/i.test(tag)) css.add(path);
  }
  return { js, css };
}

/**
 * Adds every chunk reachable by static imports (and the CSS they import) to `eager`.
 * @param {RollupOutput[]} outputs
 * @param {{ js: Set<string>, css: Set<string> }} eager
 */
function closeOverStaticImports(outputs, eager) {
  /** @type {Map<string, import('vite').Rollup.OutputChunk>} */
  const chunks = new Map();
  for (const output of outputs)
    for (const item of output.output) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const queue = [...eager.js];
  while (queue.length > 0) {
    const chunk = chunks.get(queue.pop() ?? '');
    if (!chunk) continue;
    for (const css of chunk.viteMetadata?.importedCss ?? []) eager.css.add(css);
    for (const next of chunk.imports)
      if (!eager.js.has(next)) {
        eager.js.add(next);
        queue.push(next);
      }
  }
  const lazy = [...chunks.keys()].filter((file) => !eager.js.has(file));
  return lazy.sort();
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
 * Where a bundled module comes from: an npm package, a feature folder, rules/…
 * @param {string} id
 * @returns {string}
 */
function originOf(id) {
  const path = id.replace(/\\/g, '/').replace(/^\0/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg?.[1]) return pkg[1];
  const rel = path.startsWith(ROOT) ? path.slice(ROOT.length).replace(/^\//, '') : path;
  const feature = /^src\/features\/[^/]+/.exec(rel);
  if (feature) return feature[0];
  return rel
    .split('/')
    .slice(0, rel.startsWith('src/') ? 2 : 1)
    .join('/');
}

/**
 * Bytes of the eager chunks by origin as bundled (before minification), largest first.
 * @param {RollupOutput[]} outputs
 * @param {Set<string>} eagerJs
 */
function eagerOrigins(outputs, eagerJs) {
  /** @type {Map<string, number>} */
  const bytes = new Map();
  for (const output of outputs)
    for (const item of output.output)
      if (item.type === 'chunk' && eagerJs.has(item.fileName))
        for (const [id, info] of Object.entries(item.modules)) {
          const origin = originOf(id);
          bytes.set(origin, (bytes.get(origin) ?? 0) + info.renderedLength);
        }
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([origin, rendered]) => ({ origin, rendered }));
}

/**
 * Measures a build in `outDir` made by `outputs` (what buildApp/buildFloor resolved to).
 * @param {string} outDir
 * @param {RollupOutput[]} outputs
 * @returns {Promise<BuildSizes>}
 */
export async function measureBuild(outDir, outputs) {
  const eager = eagerAssetsOfHtml(await readFile(join(outDir, 'index.html'), 'utf8'));
  const lazyFiles = closeOverStaticImports(outputs, eager);
  return {
    js: await sizesOf(outDir, eager.js),
    css: await sizesOf(outDir, eager.css),
    lazy: await sizesOf(outDir, lazyFiles),
    origins: eagerOrigins(outputs, eager.js),
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
