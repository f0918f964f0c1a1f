/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { indexHtml } from './build/index-html.ts';

/** The tests of the slow tier: the build-based checks and the share fuzz. */
const SLOW_TESTS = [
  'tests/budget/**/*.test.ts',
  'tests/security/csp.test.ts',
  'tests/share/fuzz.test.ts',
];

// `base: './'` makes every asset URL relative, so the static build works
// when served from any path (/, /advisor/, a GitHub Pages project page…).
export default defineConfig({
  base: './',
  plugins: [react(), indexHtml()],
  // One stylesheet for every page, fetched with the entry: a page's code then waits for no CSS.
  build: {
    target: 'es2022',
    sourcemap: false,
    cssCodeSplit: false,
    // Every browser the app supports has modulepreload; the polyfill would only add to the entry.
    modulePreload: { polyfill: false },
  },
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
