import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it.each(['app://bundle/index.html', 'app://bundle/index.html#/worklist', 'app://bundle/'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://user@bundle/index.html',
    'https://bundle/index.html',
    'file:///index.html',
    'http://127.0.0.1:4010/',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
