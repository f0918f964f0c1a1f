import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.mjs';
import { E2E_DEFAULT_PORT } from './tests/e2e/static-server.mjs';

// E2E_PORT and DIST_DIR let several builds be tested side by side. The default
// port is not `vite preview`'s (4173), so a preview left running is never tested.
const PORT = Number(process.env.E2E_PORT ?? E2E_DEFAULT_PORT);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'on-first-retry',
  },
  webServer: {
    command: `node tests/e2e/static-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // A server already on the port may serve another build: reuse one only when asked.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
  },
});
