/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The tests of the slow tier: the build-based checks and the share fuzz. */
const SLOW_TESTS = [
  'tests/budget/**/*.test.ts',
  'tests/security/csp.test.ts',
  'tests/share/fuzz.test.ts',
];

/**
 * The built app's Content-Security-Policy. Only in the build: Vite's dev
 * server injects inline scripts for hot reload, which this policy forbids.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// `base: './'` makes every asset URL relative, so the static build works
// when served from any path (/, /advisor/, a GitHub Pages project page…).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    // A limit for hangs, not for speed: the fuzz and the machine paths take
    // seconds on a busy two-core machine, and timings are the benchmarks' job.
    testTimeout: 30_000,
    restoreMocks: true,
    // Two tiers: `unit` needs no build; `slow` shares one production build
    // (tests/build-once.ts) between the size budget and the CSP check, and
    // runs the 100,000-case share fuzz.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: SLOW_TESTS,
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW_TESTS, globalSetup: ['tests/build-once.ts'] },
      },
    ],
  },
});
