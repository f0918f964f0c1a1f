// Node 20 cannot run the app's TypeScript, so the fuzz bench bundles the
// modules it drives with Vite's SSR build (the same resolver and transforms
// as the app) into plain ES modules in a temporary directory, then imports them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ROOT } from './build.mjs';

/**
 * Bundles each of `entries` (name → path from the repository root) into
 * `outDir` and imports it. Resolves to name → module namespace; the caller
 * says what those modules are (their TypeScript sources give the types).
 * @param {Record<string, string>} entries
 * @param {string} outDir
 * @returns {Promise<Record<string, unknown>>}
 */
export async function importTypeScript(entries, outDir) {
  await build({
    configFile: false,
    publicDir: false,
    root: ROOT,
    logLevel: 'silent',
    // Bundle dependencies too: the output lives outside the repository's node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(entries).map(([n, p]) => [n, join(ROOT, p)])),
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  /** @type {Record<string, unknown>} */
  const modules = {};
  for (const name of Object.keys(entries))
    modules[name] = await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
  return modules;
}
