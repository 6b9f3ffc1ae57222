import { describe, expect, it } from 'vitest';
import { API_URL_ENV, parseMainConfig } from './config';

describe('parseMainConfig', () => {
  it('defaults to the local reference server when the variable is unset', () => {
    expect(parseMainConfig({})).toEqual({
      ok: true,
      value: { apiBaseUrl: 'http://127.0.0.1:4010', apiOrigin: 'http://127.0.0.1:4010' },
    });
  });

  it('keeps a path prefix in the base URL but only the origin for the CSP', () => {
    expect(parseMainConfig({ [API_URL_ENV]: 'https://customs.example.kr/api/' })).toEqual({
      ok: true,
      value: { apiBaseUrl: 'https://customs.example.kr/api', apiOrigin: 'https://customs.example.kr' },
    });
  });

  it.each(['http://localhost:4010', 'http://127.0.0.2:4010', 'http://[::1]:4010'])(
    'accepts plain http to this machine: %s',
    (value) => {
      expect(parseMainConfig({ [API_URL_ENV]: value }).ok).toBe(true);
    },
  );

  it('refuses plain http to another machine, which Chromium would block as mixed content', () => {
    expect(parseMainConfig({ [API_URL_ENV]: 'http://192.168.10.5:4010' })).toEqual({
      ok: false,
      error: {
        code: 'BAD_CONFIG',
        message:
          'BORDER_POST_API_URL must be an http(s) URL such as http://127.0.0.1:4010; got "http://192.168.10.5:4010": plain http is only possible to this machine (127.0.0.1, localhost); use https.',
      },
    });
  });

  it.each([
    'garbage',
    'ftp://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://u:p@customs.example.kr',
    'https://customs.example.kr/?q=1',
    'https://customs.example.kr/#x',
  ])('refuses %s with a message that names the variable', (value) => {
    const result = parseMainConfig({ [API_URL_ENV]: value });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain(API_URL_ENV);
  });
});
