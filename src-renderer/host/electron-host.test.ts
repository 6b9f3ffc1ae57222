import { describe, expect, it } from 'vitest';
import type { HostInfo } from '@shared/ipc';
import { createElectronHost } from './electron-host';

const info: HostInfo = {
  kind: 'electron',
  appVersion: '0.1.0',
  platform: 'linux',
  systemLocales: ['ko-KR'],
  apiBaseUrl: 'http://127.0.0.1:4010',
};

describe('the Electron host', () => {
  it('passes a well-formed answer through', async () => {
    const host = createElectronHost({ getInfo: async () => ({ ok: true, value: info }) });
    expect(await host.getInfo()).toEqual({ ok: true, value: info });
  });

  it('turns a garbage answer into an error Result', async () => {
    const host = createElectronHost({
      getInfo: async () => ({ ok: true, value: { kind: 'toaster' } }),
      openExternal: async () => 'yes',
      saveFile: async () => undefined,
    });
    expect(await host.getInfo()).toMatchObject({ ok: false, error: { code: 'HOST_BAD_RESPONSE' } });
    expect(await host.openExternal('https://unipass.customs.go.kr')).toMatchObject({
      ok: false,
      error: { code: 'HOST_BAD_RESPONSE' },
    });
    expect(
      await host.saveFile({ suggestedName: 'report.csv', mimeType: 'text/csv', content: 'a,b' }),
    ).toMatchObject({ ok: false, error: { code: 'HOST_BAD_RESPONSE' } });
  });

  it('turns a rejected call into an error Result', async () => {
    const host = createElectronHost({
      getInfo: () => Promise.reject(new Error('main process gone')),
    });
    expect(await host.getInfo()).toMatchObject({ ok: false, error: { code: 'HOST_FAILED' } });
  });

  it('reports a missing bridge function instead of throwing', async () => {
    const host = createElectronHost({});
    expect(
      await host.saveFile({ suggestedName: 'a.txt', mimeType: 'text/plain', content: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'HOST_UNAVAILABLE' },
    });
    expect(await createElectronHost(null).getInfo()).toMatchObject({ ok: false });
  });

  it('passes an error Result from main through unchanged', async () => {
    const host = createElectronHost({
      openExternal: async () => ({ ok: false, error: { code: 'URL_REJECTED', message: 'no' } }),
    });
    expect(await host.openExternal('https://example.org')).toEqual({
      ok: false,
      error: { code: 'URL_REJECTED', message: 'no' },
    });
  });
});
