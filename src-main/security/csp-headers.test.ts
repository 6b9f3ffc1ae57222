import { describe, expect, it } from 'vitest';
import { enforceContentSecurityPolicy, type HeaderSession } from './csp-headers';

type Listener = Parameters<HeaderSession['webRequest']['onHeadersReceived']>[0];

function installedListener(policy: string): Listener {
  let installed: Listener | undefined;
  enforceContentSecurityPolicy(
    { webRequest: { onHeadersReceived: (listener) => (installed = listener) } },
    policy,
  );
  if (!installed) throw new Error('no onHeadersReceived listener was installed');
  return installed;
}

function rewrite(
  listener: Listener,
  responseHeaders?: Record<string, string | string[]>,
  url = 'https://customs.example.kr/sync/v1/pull',
) {
  let result: Record<string, string | string[]> | undefined;
  listener({ url, responseHeaders }, (response) => (result = response.responseHeaders));
  return result;
}

describe('enforceContentSecurityPolicy', () => {
  it('adds the policy to a response that has none and keeps its other headers', () => {
    const listener = installedListener("default-src 'none'");
    expect(rewrite(listener, { 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('replaces a laxer policy sent by the server, whatever the header case', () => {
    const listener = installedListener("default-src 'none'");
    expect(rewrite(listener, { 'content-security-policy': ['default-src *'] })).toEqual({
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('adds the policy when Chromium reports no headers at all', () => {
    expect(rewrite(installedListener('x'))).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  it("leaves DevTools' own pages alone", () => {
    const listener = installedListener("default-src 'none'");
    expect(
      rewrite(listener, { 'Content-Type': ['text/html'] }, 'devtools://devtools/bundled/devtools_app.html'),
    ).toBeUndefined();
  });
});
