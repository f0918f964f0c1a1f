import { createHash } from 'node:crypto';
import { runnerImport, type Plugin, type Rollup } from 'vite';
import { QUESTION_ORDER } from '../rules/questions.ts';
import { VIEW_KEY } from '../src/features/share/compareView.ts';

/*
 * What the build writes into index.html so that a phone paints the page soon
 * and a shared link's page does not wait on a second round of requests:
 * - the page's frame (skip link, header, footer) with a loading line,
 *   prerendered from Layout, which paints as soon as the stylesheet is here;
 * - the app's code as a modulepreload, which public/boot.js runs once that
 *   frame has painted, in place of the entry's script tag;
 * - the chunks of each interview page whose code loads on demand, and the
 *   page hint: one inline script that fetches the chunks of the page the link
 *   opens beside the app's code, rather than after it;
 * - the Content-Security-Policy, which allows that one inline script by hash.
 */

/** The id of the modulepreload of the app's code, which public/boot.js runs. */
const APP_ID = 'app';

/** The interview pages whose code loads on demand (src/app/pageCode.ts), by the module it starts at. */
const PAGE_CODE = {
  question: 'src/features/wizard/QuestionStep.tsx',
  result: 'src/features/result/ResultPage.tsx',
} as const;

/** The id of index.html's list of each page's chunks, which the page hint reads. */
export const PAGE_CODE_ID = 'page-code';

/**
 * index.html's one inline script. As the HTML is parsed it fetches the chunks
 * of the page the link opens: a query with an answer to the last question
 * opens a result (review and the result hold every answer, a question's URL
 * only those before it); other answers open a question; no query, or a
 * `view`, neither. Its text is fixed, so its hash in the policy is too. Were
 * it blocked, the page would still open, only later.
 */
export const PAGE_HINT = [
  `{const query=new URLSearchParams(location.search);`,
  `const page=query.has(${JSON.stringify(VIEW_KEY)})?"":query.has(${JSON.stringify(QUESTION_ORDER.at(-1))})?"result":[...query].length>0?"question":"";`,
  `for(const href of JSON.parse(document.getElementById(${JSON.stringify(PAGE_CODE_ID)}).textContent)[page]??[]){`,
  `const link=document.createElement("link");link.rel="modulepreload";link.href=href;document.head.append(link)}}`,
].join('');

/**
 * The built app's Content-Security-Policy: scripts from the app's own origin,
 * and the page hint by its hash. Only in the build: Vite's dev server injects
 * inline scripts for hot reload, which this policy forbids.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(PAGE_HINT).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

/** The chunk a module starts, and every chunk it imports statically, in load order. */
function chunkAndImports(chunks: Map<string, Rollup.OutputChunk>, module: string): string[] {
  const start = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(module));
  if (!start) throw new Error(`No chunk starts at ${module}: update build/index-html.ts.`);
  const files = [start.fileName];
  for (const file of files)
    for (const next of chunks.get(file)?.imports ?? []) if (!files.includes(next)) files.push(next);
  return files;
}

/** Writes the policy, the prerendered frame, the app's code and the page hint into the built index.html. */
export function indexHtml(): Plugin {
  return {
    name: 'index-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {})
            .filter((item) => item.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('The build has no entry chunk.');
        // index.html loads the entry and what it imports (Vite's modulepreloads), not the pages' chunks.
        const loaded = [entry.fileName, ...entry.imports];
        const pageCode = Object.fromEntries(
          Object.entries(PAGE_CODE).map(([page, module]) => [
            page,
            chunkAndImports(chunks, module)
              .filter((file) => !loaded.includes(file))
              .map((file) => `./${file}`),
          ]),
        );
        const entryTag = `<script type="module" crossorigin src="./${entry.fileName}"></script>`;
        if (!html.includes(entryTag)) throw new Error(`index.html has no ${entryTag}.`);
        const { module: shell } = await runnerImport<typeof import('../src/app/shell')>(
          './src/app/shell.tsx',
          { configFile: false, logLevel: 'silent' },
        );
        return {
          html: html
            .replace(
              entryTag,
              `<link rel="modulepreload" crossorigin id="${APP_ID}" href="./${entry.fileName}">` +
                '<script type="module" src="./boot.js"></script>',
            )
            .replace('<div id="root"></div>', `<div id="root">${shell.renderShell()}</div>`),
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
              injectTo: 'head-prepend',
            },
            {
              tag: 'script',
              attrs: { type: 'application/json', id: PAGE_CODE_ID },
              children: JSON.stringify(pageCode),
              injectTo: 'head',
            },
            { tag: 'script', children: PAGE_HINT, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
