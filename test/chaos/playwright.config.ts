import { defineConfig } from '@playwright/test';

// The chaos suite (DESIGN.md, "Testing"): the real renderer in Debian's Chromium, the real server
// on PGlite, and test/chaos/proxy.ts between them. Seeds: CHAOS_SEEDS (default 3), CHAOS_SEED_START;
// scripts/chaos.mjs sets them from `--seeds` and `--seed-start`.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  timeout: 300_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 1,
  retries: 0,
  // The json report only where the caller asks for it (scripts/test-all.mjs sums the suites).
  reporter: [
    ['list'],
    ...(process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['json'] as ['json']] : []),
    ['./summary-reporter.ts'],
  ],
  outputDir: '../../test-results/chaos',
  use: { headless: true, viewport: { width: 1280, height: 800 }, locale: 'en-US' },
  projects: [{ name: 'chromium' }],
});
