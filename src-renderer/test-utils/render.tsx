import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { HostBridge } from '@shared/ipc';
import { ServicesContext, type AppServices } from '../app/services';
import type { CacheDb } from '../db';
import type { Language } from '../i18n';
import { useSessionStore } from '../state';
import type { ApiClient } from '../sync';
import { createTestI18n } from './i18n';

const unusedHost: HostBridge = {
  getInfo: async () => ({ ok: false, error: { code: 'TEST', message: 'not used in this test' } }),
  openExternal: async () => ({ ok: false, error: { code: 'TEST', message: 'not used in this test' } }),
  saveFile: async () => ({ ok: false, error: { code: 'TEST', message: 'not used in this test' } }),
  appendDecision: async () => ({ ok: false, error: { code: 'TEST', message: 'not used in this test' } }),
  readJournal: async () => ({ ok: false, error: { code: 'TEST', message: 'not used in this test' } }),
};

const offlineApi: ApiClient = {
  getPosts: async () => ({ ok: false, error: { kind: 'network', detail: 'test' } }),
  getSnapshotPage: async () => ({ ok: false, error: { kind: 'network', detail: 'test' } }),
};

export type RenderOptions = {
  db: CacheDb;
  api?: ApiClient;
  language?: Language;
  route?: string;
  /** Sign-in and session services, for screens that sign in or fetch as an officer. */
  services?: Pick<AppServices, 'auth' | 'session' | 'deviceId'>;
};

/** Renders a screen with real i18n (missing keys recorded), a real cache and a memory router. */
export function renderScreen(
  ui: ReactNode,
  { db, api = offlineApi, language = 'en', route = '/', services: extra = {} }: RenderOptions,
) {
  const i18n = createTestI18n(language);
  useSessionStore.getState().setLanguage(language);
  const services: AppServices = { host: unusedHost, api, db, ...extra };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return { ...result, i18n, services };
}
