import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openCacheDb } from '../db';
import { detectHost } from '../host';
import { applyLanguage, createI18n, initialLanguage } from '../i18n';
import { useSessionStore } from '../state';
import { createApiClient } from '../sync';
import { App } from './App';
import { FatalError } from './FatalError';

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
  const services = { host, db: openCacheDb(), api: createApiClient({ baseUrl: info.value.apiBaseUrl }) };
  root.render(
    <StrictMode>
      <App services={services} i18n={i18n} />
    </StrictMode>,
  );
}
