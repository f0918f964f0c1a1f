// Node 20 cannot run the app's TypeScript, so the fuzz bench bundles the
// modules it drives with Vite's SSR build (the same resolver and transforms
// as the app) into plain ES modules in a temporary directory, then imports them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ROOT } from './size.mjs';

/**
 * Bundles each existing `entries` file (name → path from the repository root)
 * into `outDir` and imports it. Resolves to name → module namespace; entries
 * whose file does not exist (yet) are left out.
 */
export async function importTypeScript(entries, outDir) {
  const input = Object.fromEntries(
    Object.entries(entries).filter(([, path]) => existsSync(join(ROOT, path))),
  );
  if (Object.keys(input).length === 0) return {};
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
        input: Object.fromEntries(Object.entries(input).map(([n, p]) => [n, join(ROOT, p)])),
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  const modules = {};
  for (const name of Object.keys(input))
    modules[name] = await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
  return modules;
}
