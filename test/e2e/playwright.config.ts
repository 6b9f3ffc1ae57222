import { chromiumLaunchOptions } from '../chromium';
import { defineConfig } from '@playwright/test';

// The renderer is tested in the Chromium it really runs in (DESIGN.md, "Testing"). Debian's
// Chromium is used because `npx playwright install` cannot download browsers on the build machines.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
});
