// The static build must carry its security policy in index.html, since a
// plain static host adds no headers: a strict Content-Security-Policy (from
// build/index-html.ts) and a referrer policy, and it must need nothing the
// policy forbids (inline style, another origin, an inline script it does not
// allow by hash).
// It reads the slow tier's one production build (tests/build-once.ts).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CONTENT_SECURITY_POLICY, PAGE_HINT } from '../../build/index-html';

const outDir = inject('build').appDir;
const html = await readFile(join(outDir, 'index.html'), 'utf8');

/** The content of `<meta {attribute}="{name}" content="…">`, or undefined. */
function metaContent(attribute: string, name: string): string | undefined {
  const tag = html
    .match(/<meta\b[^>]*>/gi)
    ?.find((t) => new RegExp(`\\s${attribute}="${name}"`, 'i').test(t));
  const raw = tag ? /\scontent="([^"]*)"/i.exec(tag)?.[1] : undefined;
  return raw === undefined ? undefined : decodeEntities(raw);
}

/** Undoes the character references Vite writes into attribute values (`&#39;` for `'`). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The CSP's directives as a map from name to sources. */
function directives(policy: string): Map<string, string[]> {
  const entries = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name = '', ...sources]) => [name, sources] as const);
  return new Map(entries);
}

describe('the built index.html', () => {
  it('carries the CSP of build/index-html.ts before any script', () => {
    expect(metaContent('http-equiv', 'Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('has a strict policy: self by default, no inline or eval scripts', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('is the policy the README gives hosts to send as a header, with frame-ancestors', async () => {
    const readme = await readFile(join(process.cwd(), 'README.md'), 'utf8');
    const header = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
    // The Netlify _headers example and the nginx one.
    expect(readme.split(header)).toHaveLength(3);
  });

  it('sends no referrer', () => {
    expect(metaContent('name', 'referrer')).toMatch(/^(no-referrer|same-origin|strict-origin)$/);
  });

  it('runs one inline script, the page hint, which the policy allows by its hash alone', () => {
    // Data blocks (type="application/json") are not run, so the policy has no say over them.
    const inline = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/gi)]
      .filter(([, attributes = '']) => !/\ssrc=|type="application\/json"/i.test(attributes))
      .map(([, , text]) => text);
    expect(inline).toEqual([PAGE_HINT]);
    const hash = createHash('sha256').update(PAGE_HINT).digest('base64');
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual([
      "'self'",
      `'sha256-${hash}'`,
    ]);
  });

  it('loads only its own files, with no inline style or handler', async () => {
    expect(html).not.toMatch(/<style\b|\sstyle\s*=|\son[a-z]+\s*=/i);
    // What it loads (scripts, stylesheets, preloads, the icon) is its own; links to the article may leave.
    for (const tag of html.match(/<(script|link|img)\b[^>]*>/gi) ?? [])
      expect(tag).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
    const assets = await readdir(join(outDir, 'assets'));
    for (const css of assets.filter((f) => f.endsWith('.css'))) {
      const text = await readFile(join(outDir, 'assets', css), 'utf8');
      expect(text, css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    }
  });
});
