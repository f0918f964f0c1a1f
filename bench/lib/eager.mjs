// What a build's index.html loads eagerly: the entry script, its
// modulepreloaded and statically imported chunks, and the stylesheets; and, for
// each page its page hint fetches more for, that page's chunks (the
// `#page-code` list of build/index-html.ts). Lazy chunks (dynamic import())
// are what is left. Also where the eager bytes come from.
import { posix } from 'node:path';
import { ROOT } from './build.mjs';

/** @typedef {import('./build.mjs').RollupOutput} RollupOutput */

/**
 * The asset paths (relative to the build root) that index.html loads eagerly,
 * and the chunks it fetches beside them for each page its page hint names.
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
  const list = /<script type="application\/json" id="page-code">([^<]*)<\/script>/i.exec(html)?.[1];
  /** @type {Record<string, string[]>} */
  const code = list ? JSON.parse(list) : {};
  const pages = new Map(
    Object.entries(code).map(([page, files]) => [
      page,
      files.map((file) => posix.normalize(file.replace(/^\.?\//, ''))),
    ]),
  );
  return { js, css, pages };
}

/**
 * Adds every chunk reachable by static imports (and the CSS they import) to `eager`.
 * @param {RollupOutput[]} outputs
 * @param {{ js: Set<string>, css: Set<string> }} eager
 */
export function closeOverStaticImports(outputs, eager) {
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
export function eagerOrigins(outputs, eagerJs) {
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
