// Stops the end-to-end step with instructions when no Chromium can be found:
// these tests never skip silently.
import { findChromium } from './chromium.mjs';

const path = findChromium();
if (!path) {
  console.error(`No Chromium found for the end-to-end tests. Looked at:
  - $CHROMIUM_PATH (${process.env.CHROMIUM_PATH ? `"${process.env.CHROMIUM_PATH}" does not exist` : 'not set'})
  - /usr/bin/chromium
  - Playwright's own browsers

Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      npx playwright install chromium
  or point CHROMIUM_PATH at any Chromium or Chrome executable.`);
  process.exit(1);
}
console.log(`End-to-end tests use Chromium at ${path}`);
