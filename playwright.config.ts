import { defineConfig } from '@playwright/test';

// Real-browser tests: Debian's Chromium with the built extension loaded (see tests/e2e/fixtures.ts).
// Report the service worker's requests too, so the no-network checks see everything the extension does.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
});
