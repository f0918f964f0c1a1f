// Serves the static build the way a plain web host would, at the root and
// under a nested base path, to prove the build works wherever it is put.
// Usage: node tests/e2e/static-server.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NESTED_BASE = '/tools/k8s-os-advisor/';
/** The end-to-end tests' port when E2E_PORT is not set: not `vite preview`'s 4173. */
export const E2E_DEFAULT_PORT = 4317;
const root = process.env.DIST_DIR
  ? resolve(process.env.DIST_DIR) + sep
  : fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server on `port`. */
export function serve(port) {
  return createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.startsWith(NESTED_BASE)) path = '/' + path.slice(NESTED_BASE.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  }).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  serve(Number(process.argv[2] ?? E2E_DEFAULT_PORT));
