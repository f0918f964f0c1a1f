// No user text may ever be interpreted as HTML or code (SPEC §8), and the
// CSP forbids inline script and style. This scans the sources so that a sink
// fails `npm test` wherever it appears, comments included: the rule is
// simpler to keep when the words themselves are absent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Sinks that turn a string into markup or code. */
const CODE_SINKS: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval(', /\beval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['javascript: URL', /["'`]\s*javascript:/i],
];

/** What the CSP blocks in an HTML document, so it must not be written there. */
const HTML_ONLY: readonly [string, RegExp][] = [
  ['inline on…= event handler', /<[^>]*\son[a-z]+\s*=/i],
  ['inline <script> without src', /<script\b(?![^>]*\ssrc=)[^>]*>/i],
  ['inline <style> element', /<style\b/i],
  ['style="…" attribute', /<[^>]*\sstyle\s*=/i],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** `file:line: what` for every match of `patterns` in `file`. */
function findings(file: string, patterns: readonly [string, RegExp][]): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) =>
    patterns
      .filter(([, pattern]) => pattern.test(line))
      .map(([what]) => `${relative(ROOT, file)}:${i + 1}: ${what}`),
  );
}

const sources = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'rules'))];
const htmlFiles = [
  join(ROOT, 'index.html'),
  ...[...sources, ...filesUnder(join(ROOT, 'public'))].filter((f) => /\.(html|svg)$/.test(f)),
];

describe('no HTML or code injection sinks', () => {
  it('finds sources to scan', () => {
    expect(sources.some((f) => f.endsWith('main.tsx'))).toBe(true);
  });

  it('has none in src/, rules/ or index.html', () => {
    const found = [...sources, join(ROOT, 'index.html')].flatMap((f) => findings(f, CODE_SINKS));
    expect(found).toEqual([]);
  });

  it('has no inline handlers, scripts or styles in HTML or SVG', () => {
    expect(htmlFiles.flatMap((f) => findings(f, HTML_ONLY))).toEqual([]);
  });

  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'dangerouslySetInnerHTML'],
    ['node.innerHTML = text;', 'innerHTML'],
    ['el.outerHTML = text;', 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', text);", 'insertAdjacentHTML'],
    ['document.write(text);', 'document.write'],
    ['const f = eval(text);', 'eval('],
    ['const f = window.eval(text);', 'eval('],
    ["const f = new Function('return 1');", 'new Function('],
    ['<a href="javascript:void 0">', 'javascript: URL'],
  ])('recognises %s', (line, what) => {
    expect(CODE_SINKS.filter(([, p]) => p.test(line)).map(([w]) => w)).toEqual([what]);
  });

  it.each([
    ['<body onload="start()">', 'inline on…= event handler'],
    ['<button type="button" onclick=go()>', 'inline on…= event handler'],
    ['<script>alert(1)</script>', 'inline <script> without src'],
    ['<style>p{}</style>', 'inline <style> element'],
    ['<p style="color:red">', 'style="…" attribute'],
  ])('recognises %s in HTML', (line, what) => {
    expect(HTML_ONLY.filter(([, p]) => p.test(line)).map(([w]) => w)).toEqual([what]);
  });

  it.each([
    'const retrieval = evaluate(x);',
    '<script type="module" src="/src/main.tsx"></script>',
    "<button onClick={() => send({ type: 'answer.submit' })}>",
  ])('lets %s pass', (line) => {
    const html = line.startsWith('<') && !line.includes('{');
    const patterns = html ? [...CODE_SINKS, ...HTML_ONLY] : CODE_SINKS;
    expect(patterns.filter(([, p]) => p.test(line))).toEqual([]);
  });
});
