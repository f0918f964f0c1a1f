// Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, then
// Debian's /usr/bin/chromium, then a browser Playwright downloaded itself.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The path of a Chromium executable, or undefined when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that keep headless Chromium quiet and offline on this kind of machine. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
