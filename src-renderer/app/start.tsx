import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeviceId } from '@shared/domain';
import { openLocalDatabases, readOrCreateDeviceId } from '../db';
import { detectHost } from '../host';
import { applyLanguage, createI18n, initialLanguage } from '../i18n';
import { authStoreSession, useSessionStore } from '../state';
import { createApiClient, createAuthClient, sessionAuth } from '../sync';
import { App } from './App';
import { warmAssessmentWorker } from '../features/assessment';
import { FatalError } from './FatalError';
import { keepSession, storedSession } from './session-persistence';

/** Asks the host who it is, picks the language, opens the cache and renders the app. */
export async function start(container: HTMLElement): Promise<void> {
  const host = detectHost();
  const info = await host.getInfo();
  const browserLocales = [...navigator.languages];
  const language = initialLanguage(localStorage, info.ok ? info.value.systemLocales : [], browserLocales);
  const i18n = createI18n(language);
  await applyLanguage(i18n, language, document);
  const root = createRoot(container);

  if (!info.ok) {
    console.error('host:get-info failed', info.error);
    root.render(<FatalError i18n={i18n} />);
    return;
  }

  const session = useSessionStore.getState();
  session.setHostInfo(info.value);
  session.setLanguage(language);
  const databases = await openLocalDatabases();
  if (!databases.ok) {
    console.error('local databases', databases.error);
    root.render(
      <FatalError i18n={i18n} reason={databases.error.kind === 'too-new' ? 'db-too-new' : 'db-failed'} />,
    );
    return;
  }
  const { cache, outbox } = databases.value;
  const deviceId = DeviceId.parse(await readOrCreateDeviceId(outbox, () => `web-${crypto.randomUUID()}`));
  const baseUrl = info.value.apiBaseUrl;
  // Before the first render, so a reload of a signed-in device never shows the sign-in screen.
  keepSession(localStorage);
  const auth = createAuthClient({ baseUrl });
  const officerSession = sessionAuth({
    auth,
    deviceId,
    holder: authStoreSession,
    stored: () => storedSession(localStorage),
    locks: navigator.locks ?? null,
  });
  const services = {
    host,
    db: cache,
    outbox,
    deviceId,
    apiBaseUrl: baseUrl,
    api: createApiClient({ baseUrl, auth: officerSession }),
    auth,
    session: officerSession,
  };
  root.render(
    <StrictMode>
      <App services={services} i18n={i18n} />
    </StrictMode>,
  );
  // The assessment worker's script is fetched now, while the app's origin answers: a declaration
  // opened later with the network off is assessed without fetching anything.
  setTimeout(warmAssessmentWorker, 0);
}
