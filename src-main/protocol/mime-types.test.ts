import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mime-types';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-AbC123.js', 'text/javascript; charset=utf-8'],
    ['assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/photo.jpeg', 'image/jpeg'],
    ['locales/ko.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it('falls back to an opaque binary type the browser will not execute', () => {
    expect(mimeTypeFor('assets/blob.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });
});
