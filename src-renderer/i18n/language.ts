/** The UI languages the app ships complete resources for. Korea is the primary jurisdiction. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The OS's most preferred locale decides: any Korean locale (ko, ko-KR, ko-Kore-KR) gives Korean,
 * everything else English, the second language we ship.
 */
export function languageFromLocales(locales: readonly string[]): Language {
  const first = locales[0]?.toLowerCase() ?? '';
  return first === 'ko' || first.startsWith('ko-') ? 'ko' : 'en';
}

const STORAGE_KEY = 'border-post.language';

/** An explicit choice in the UI outlives restarts; without one the OS language is followed. */
export function readLanguagePreference(storage: Pick<Storage, 'getItem'>): Language | null {
  try {
    const stored = storage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be disabled by policy; the OS language is a fine fallback.
    return null;
  }
}

export function writeLanguagePreference(storage: Pick<Storage, 'setItem'>, language: Language): void {
  try {
    storage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is better than failing the switch.
  }
}

export function initialLanguage(
  storage: Pick<Storage, 'getItem'>,
  systemLocales: readonly string[],
  browserLocales: readonly string[],
): Language {
  return (
    readLanguagePreference(storage) ??
    languageFromLocales(systemLocales.length > 0 ? systemLocales : browserLocales)
  );
}
