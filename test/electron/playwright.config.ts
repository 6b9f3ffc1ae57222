import { defineConfig } from '@playwright/test';

// The Electron smoke suite: launches the built app (npm run build first) with the Electron binary
// from node_modules/electron, and skips with a printed reason where that binary is absent.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  // One Electron app at a time: the app holds a single-instance lock.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['./skip-reason-reporter.ts']],
});
