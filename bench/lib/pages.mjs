// The pages the browser benches open, as paths on the served build, and the
// build + server they share: the app at /, the floor app at /__floor/.
import { join } from 'node:path';
import { preview } from 'vite';
import { buildApp, buildFloor, ROOT } from './build.mjs';

/** A partial interview (the next question is asked) and a complete answer set (the result). */
export const PAGES = [
  { name: 'landing', path: './' },
  { name: 'question', path: './?v=1&platform=aws' },
  {
    name: 'result (share URL)',
    path: './?v=1&platform=ci&rancher=yes&priority=security&image=distribution',
  },
];

/** Where the floor app is served, beside the app, on the same origin. */
export const FLOOR_PATH = './__floor/';

/**
 * Which server: `preview` is `vite preview` (what the issue names; it gzips
 * like any real static host), `static` is tests/e2e/static-server.mjs (what
 * the end-to-end tests use; it sends files uncompressed).
 */
export const SERVER = process.env.BENCH_SERVER === 'static' ? 'static' : 'preview';

/**
 * Builds the app into `outDir` (and, when asked, the floor into its __floor/
 * folder), then serves it on `port`. Resolves to the base URL and `close()`.
 * @param {string} outDir
 * @param {number} port
 * @returns {Promise<{ baseUrl: string, close: () => Promise<unknown> }>}
 */
export async function buildAndServe(outDir, port, { withFloor = false } = {}) {
  await buildApp(outDir);
  if (withFloor) await buildFloor(join(outDir, '__floor'));
  const baseUrl = `http://127.0.0.1:${port}/`;
  if (SERVER === 'preview') {
    const server = await preview({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    return { baseUrl, close: () => server.close() };
  }
  // static-server.mjs reads DIST_DIR when it is first imported.
  process.env.DIST_DIR = outDir;
  const { serve } = await import(join(ROOT, 'tests/e2e/static-server.mjs'));
  const log = console.log;
  console.log = () => {}; // it announces itself; the bench's table is the output
  const server = serve(port);
  await new Promise((resolve) => server.once('listening', resolve));
  console.log = log;
  return { baseUrl, close: () => new Promise((resolve) => server.close(resolve)) };
}
