import { describe, expect, it } from 'vitest';
import {
  initialLanguage,
  languageFromLocales,
  readLanguagePreference,
  writeLanguagePreference,
} from './language';

describe('languageFromLocales', () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['ko'], 'ko'],
    [['KO-kr'], 'ko'],
    [['en-GB', 'ko-KR'], 'en'],
    [['fr-FR'], 'en'],
    [['kok-IN'], 'en'],
    [[], 'en'],
  ])('maps %j to %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });
});

describe('initialLanguage', () => {
  it('prefers the stored choice, then the system locales, then the browser locales', () => {
    expect(initialLanguage(localStorage, ['en-US'], ['ko-KR'])).toBe('en');
    expect(initialLanguage(localStorage, [], ['ko-KR'])).toBe('ko');
    writeLanguagePreference(localStorage, 'ko');
    expect(initialLanguage(localStorage, ['en-US'], ['en-US'])).toBe('ko');
  });

  it('ignores a stored value that is not a shipped language', () => {
    localStorage.setItem('border-post.language', 'fr');
    expect(readLanguagePreference(localStorage)).toBeNull();
  });
});
