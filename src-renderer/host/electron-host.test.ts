import { describe, expect, it } from 'vitest';
import { bridgeChannels, type HostInfo } from '@shared/ipc';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { createElectronHost } from './electron-host';

const info: HostInfo = {
  kind: 'electron',
  appVersion: '0.1.0',
  platform: 'linux',
  systemLocales: ['ko-KR'],
  apiBaseUrl: 'http://127.0.0.1:4010',
};

const decision = sampleDecision(1);

describe('the Electron host', () => {
  it('passes a well-formed answer through', async () => {
    const host = createElectronHost({ getInfo: async () => ({ ok: true, value: info }) });
    expect(await host.getInfo()).toEqual({ ok: true, value: info });
  });

  it('hands a decision to the journal and passes its answers through', async () => {
    const calls: unknown[][] = [];
    const journalled = {
      commands: [decision],
      problems: [{ line: 2, code: 'TORN_TAIL', message: 'cut off' }],
    };
    const host = createElectronHost({
      appendDecision: async (...args: unknown[]) => {
        calls.push(args);
        return { ok: true, value: { appended: true } };
      },
      readJournal: async () => ({ ok: true, value: journalled }),
    });
    expect(await host.appendDecision(decision)).toEqual({ ok: true, value: { appended: true } });
    expect(await host.readJournal()).toEqual({ ok: true, value: journalled });
    expect(calls).toEqual([[decision]]);
  });

  it('passes a failed journal write through, so the decision is not shown as saved', async () => {
    const diskFull = { code: 'DISK_FULL', message: 'The disk is full.' };
    const host = createElectronHost({ appendDecision: async () => ({ ok: false, error: diskFull }) });
    expect(await host.appendDecision(decision)).toEqual({ ok: false, error: diskFull });
  });

  it.each(Object.entries(bridgeChannels))(
    'reports %s as unavailable when the preload lacks it',
    async (method, channel) => {
      const host: Record<string, (...args: never[]) => Promise<unknown>> = createElectronHost({});
      expect(await host[method]?.()).toEqual({
        ok: false,
        error: { code: 'HOST_UNAVAILABLE', message: `The host does not provide ${channel}` },
      });
    },
  );

  it('turns a garbage answer into an error Result', async () => {
    const host = createElectronHost({
      getInfo: async () => ({ ok: true, value: { kind: 'toaster' } }),
      openExternal: async () => 'yes',
      saveFile: async () => undefined,
      appendDecision: async () => ({ ok: true, value: { appended: 'yes' } }),
      readJournal: async () => ({ ok: true, value: { commands: [{ decisionId: 'x' }], problems: [] } }),
    });
    expect(await host.getInfo()).toMatchObject({ ok: false, error: { code: 'HOST_BAD_RESPONSE' } });
    expect(await host.openExternal('https://unipass.customs.go.kr')).toMatchObject({
      ok: false,
      error: { code: 'HOST_BAD_RESPONSE' },
    });
    expect(
      await host.saveFile({ suggestedName: 'report.csv', mimeType: 'text/csv', content: 'a,b' }),
    ).toMatchObject({ ok: false, error: { code: 'HOST_BAD_RESPONSE' } });
    expect(await host.appendDecision(decision)).toMatchObject({
      ok: false,
      error: { code: 'HOST_BAD_RESPONSE' },
    });
    expect(await host.readJournal()).toMatchObject({ ok: false, error: { code: 'HOST_BAD_RESPONSE' } });
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
