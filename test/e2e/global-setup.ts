import { authRoutes, Session } from '../../shared/api';
import { ReferenceManifest } from '../../shared/api/reference-v1';
import { BUSAN_OFFICER, PASSWORD } from './officer';
import { ensureRendererBuilt, startServer } from './server';

/** Seeded declarations across all demo posts: enough for several snapshot pages, quick to seed. */
const SEED_COUNT = 120;
const PACKS_TIMEOUT_MS = 180_000;

/**
 * The server publishes the reference packs in the background after it listens: the specs start
 * once both jurisdictions' tariff and rates are in the manifest, so none races the publication.
 */
export async function waitForReferencePacks(url: string): Promise<void> {
  const login = await fetch(`${url}${authRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BUSAN_OFFICER, password: PASSWORD, deviceId: 'e2e-global-setup' }),
  });
  const { accessToken } = Session.parse(await login.json());
  const deadline = Date.now() + PACKS_TIMEOUT_MS;
  for (;;) {
    const complete = await Promise.all(
      (['kr', 'uk'] as const).map(async (jurisdiction) => {
        const response = await fetch(`${url}/sync/v1/reference?jurisdiction=${jurisdiction}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        });
        const kinds = ReferenceManifest.parse(await response.json()).packs.map((pack) => pack.kind);
        return kinds.includes('tariff') && kinds.includes('rates');
      }),
    );
    if (complete.every(Boolean)) return;
    if (Date.now() > deadline)
      throw new Error(`the reference packs were not published within ${PACKS_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Builds the renderer if needed and starts one API for the run. The URL reaches the test workers
 * through the environment; the returned function is Playwright's teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureRendererBuilt();
  const server = await startServer(SEED_COUNT);
  try {
    await waitForReferencePacks(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.env['BORDER_POST_E2E_URL'] = server.url;
  return server.stop;
}
