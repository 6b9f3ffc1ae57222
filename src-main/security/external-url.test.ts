import { describe, expect, it } from 'vitest';
import { toExternalUrl } from './external-url';

describe('toExternalUrl', () => {
  it.each(['https://unipass.customs.go.kr/', 'http://example.com/a?b=c#d'])('lets %s out', (url) => {
    expect(toExternalUrl(url)).toBe(url);
  });

  it.each([
    ['HTTPS://UNIPASS.customs.go.kr', 'https://unipass.customs.go.kr/'],
    ['https://example.com:443/a b', 'https://example.com/a%20b'],
    // A look-alike host (Cyrillic а) goes out in the punycode the browser will show for it.
    ['https://unip\u0430ss.customs.go.kr/', 'https://xn--unipss-6nf.customs.go.kr/'],
  ])('hands on %j as the parsed href %s, never the raw string', (raw, href) => {
    expect(toExternalUrl(raw)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/run.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://bundle/index.html',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/',
    `https://example.com/${'a'.repeat(2100)}`,
    'not a url',
    42,
    null,
  ])('keeps %j in, which is no web link', (url) => {
    expect(toExternalUrl(url)).toBeNull();
  });

  it.each([
    'https://unipass.customs.go.kr@evil.example/',
    'https://unipass.customs.go.kr:443@evil.example/',
    'https://officer:secret@unipass.customs.go.kr/',
    'https://:secret@unipass.customs.go.kr/',
  ])('keeps %s in, whose user-info hides or carries something', (url) => {
    expect(toExternalUrl(url)).toBeNull();
  });

  it.each([
    ' https://unipass.customs.go.kr/',
    'https://unipass.customs.go.kr/ ',
    '\u00a0https://unipass.customs.go.kr/',
    'https://unipass.customs.go.kr/\n',
    'https://unipass.customs.go.kr/\u0000',
    'https://unipass.\tcustoms.go.kr/',
    'https://unipass.customs.go.kr/a\rb',
    'https://unipass.customs.go.kr/\u007f',
    'https://unipass.customs.go.kr/\u0085',
  ])('keeps %j in, which has whitespace around it or control characters in it', (url) => {
    expect(toExternalUrl(url)).toBeNull();
  });
});
