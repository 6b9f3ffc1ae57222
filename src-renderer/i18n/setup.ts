import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './resources/en';
import { ko } from './resources/ko';
import type { Language } from './language';

export const resources = { en: { translation: en }, ko: { translation: ko } } as const;

/**
 * A fresh i18next instance per app (and per test), so tests never share language state.
 * `extra` lets tests install a missing-key handler.
 */
export function createI18n(language: Language, extra: InitOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: ['ko', 'en'],
    // Resources are bundled, so initialisation can finish before the first render.
    initAsync: false,
    // React already escapes text; escaping twice would show &amp; to officers.
    interpolation: { escapeValue: false },
    returnNull: false,
    ...extra,
  });
  return instance;
}

/** Switches the UI language and keeps the document's lang and title in step (screen readers, fonts). */
export async function applyLanguage(instance: I18n, language: Language, doc: Document): Promise<void> {
  if (instance.language !== language) await instance.changeLanguage(language);
  doc.documentElement.lang = language;
  doc.title = instance.t('app.name');
}
