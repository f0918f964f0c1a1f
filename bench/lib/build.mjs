// Builds the app and the library floor (bench/floor/) with Vite's API, each
// into a directory of the caller's choosing: for the benches and the slow test tier.
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** @typedef {import('vite').Rollup.RollupOutput} RollupOutput */

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
