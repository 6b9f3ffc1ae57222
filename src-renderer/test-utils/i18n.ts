import { createI18n, type Language } from '../i18n';

/** Keys a component asked for that the resources lack; test-setup fails the test if any remain. */
export const missingKeys: string[] = [];

/** An i18n instance that records every missing key instead of silently showing the key. */
export function createTestI18n(language: Language) {
  return createI18n(language, {
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => {
      missingKeys.push(`${languages.join(',')}:${key}`);
    },
  });
}
