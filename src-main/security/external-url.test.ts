import { describe, expect, it } from 'vitest';
import { toExternalUrl } from './external-url';

describe('toExternalUrl', () => {
  it.each(['https://unipass.customs.go.kr/', 'http://example.com/a?b=c#d'])('lets %s out', (url) => {
    expect(toExternalUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
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
  ])('keeps %s in', (url) => {
    expect(toExternalUrl(url)).toBeNull();
  });
});
