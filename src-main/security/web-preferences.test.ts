import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/dist/preload/preload.cjs', { devTools: false });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s explicitly', (name, value) => {
    expect(Object.hasOwn(preferences, name)).toBe(true);
    expect(preferences[name]).toBe(value);
  });

  it('leaves enableBlinkFeatures unset', () => {
    expect(Object.hasOwn(preferences, 'enableBlinkFeatures')).toBe(false);
  });

  it('sets nothing beyond the written-out list, so no feature can be switched on unnoticed', () => {
    expect(preferences).toStrictEqual({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows DevTools only when asked to, as in development', () => {
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
    expect(preferences.devTools).toBe(false);
  });
});
