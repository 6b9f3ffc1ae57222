import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/dist/preload/preload.cjs');

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

  it('points at the bundled preload', () => {
    expect(preferences.preload).toBe('/app/dist/preload/preload.cjs');
  });
});
