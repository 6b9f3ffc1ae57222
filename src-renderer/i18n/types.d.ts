import type { en } from './resources/en';

// Typed keys: t('no.such.key') is a compile error, so a typo cannot reach an officer's screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
