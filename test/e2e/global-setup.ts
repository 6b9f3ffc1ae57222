import { ensureRendererBuilt, startServer } from './server';

/** Seeded declarations across all demo posts: enough for several snapshot pages, quick to seed. */
const SEED_COUNT = 120;

/**
 * Builds the renderer if needed and starts one API for the run. The URL reaches the test workers
 * through the environment; the returned function is Playwright's teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureRendererBuilt();
  const server = await startServer(SEED_COUNT);
  process.env['BORDER_POST_E2E_URL'] = server.url;
  return server.stop;
}
