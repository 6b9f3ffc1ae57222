import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type IpcChannel } from '@shared/ipc/contract';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { ok } from '@shared/util/result';
import { registerIpcHandlers, type HostHandlers, type IpcMainLike } from './register';
import type { SenderEvent } from './sender';

type Listener = Parameters<IpcMainLike['handle']>[1];

const trustedEvent: SenderEvent = { sender: 'main', senderFrame: null };
const strangerEvent: SenderEvent = { sender: 'stranger', senderFrame: null };

/** Registers against a fake ipcMain and records every call that reaches a handler. */
function register(overrides: Partial<HostHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const reached: [IpcChannel, unknown[]][] = [];
  const errors: [IpcChannel, unknown][] = [];
  const handlers: HostHandlers = {
    'host:get-info': async () => {
      reached.push(['host:get-info', []]);
      return ok({
        kind: 'electron',
        appVersion: '1',
        platform: 'linux',
        systemLocales: [],
        apiBaseUrl: 'http://a',
      });
    },
    'host:open-external': async (url) => {
      reached.push(['host:open-external', [url]]);
      return ok(null);
    },
    'host:save-file': async (request) => {
      reached.push(['host:save-file', [request]]);
      return ok({ saved: true, path: '/tmp/x' });
    },
    'journal:append': async (command) => {
      reached.push(['journal:append', [command]]);
      return ok({ appended: true });
    },
    'journal:read': async () => {
      reached.push(['journal:read', []]);
      return ok({ commands: [], problems: [] });
    },
    ...overrides,
  };
  let registrations = 0;
  registerIpcHandlers(
    {
      handle: (channel, listener) => {
        registrations += 1;
        listeners.set(channel, listener);
      },
    },
    handlers,
    {
      isTrustedSender: (event) => event.sender === 'main',
      onError: (channel, error) => errors.push([channel, error]),
    },
  );
  const invoke = (channel: IpcChannel, event: SenderEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} was not registered`);
    return listener(event, ...args);
  };
  return { invoke, reached, errors, channels: [...listeners.keys()], registrations: () => registrations };
}

const validSave = { suggestedName: 'report.pdf', mimeType: 'application/pdf', content: new Uint8Array([1]) };
const decision = sampleDecision(1);

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const { channels, registrations } = register();
    expect(channels.sort()).toEqual([...IPC_CHANNELS].sort());
    expect(registrations()).toBe(IPC_CHANNELS.length);
  });

  it.each([
    ['host:get-info', []],
    ['host:open-external', ['https://example.com/']],
    ['host:save-file', [validSave]],
    ['journal:append', [decision]],
    ['journal:read', []],
  ] as const)(
    'refuses %s from an untrusted sender before looking at its arguments',
    async (channel, args) => {
      const { invoke, reached } = register();
      expect(await invoke(channel, strangerEvent, ...args)).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN_SENDER',
          message: `${channel} may be called only by the Border Post window.`,
        },
      });
      expect(reached).toEqual([]);
    },
  );

  it.each([
    ['host:get-info', ['unexpected']],
    ['host:open-external', []],
    ['host:open-external', ['javascript:alert(1)']],
    ['host:open-external', ['file:///etc/passwd']],
    ['host:open-external', [{ toString: (): string => 'https://example.com' }]],
    ['host:open-external', ['https://example.com/', 'extra']],
    ['host:save-file', []],
    ['host:save-file', [{ ...validSave, suggestedName: '../../.bashrc' }]],
    ['host:save-file', [{ ...validSave, suggestedName: 'C:\\Windows\\evil.dll' }]],
    ['host:save-file', [{ ...validSave, content: 42 }]],
    ['host:save-file', [{ ...validSave, mimeType: undefined }]],
    ['journal:append', []],
    ['journal:append', [decision, 'extra']],
    ['journal:append', [{ ...decision, decisionId: 'not-a-uuid' }]],
    ['journal:append', [{ ...decision, kind: 'approve' }]],
    ['journal:append', [{ ...decision, seq: 0 }]],
    ['journal:append', ['{"decisionId":"0190f3a0-0000-7000-8000-000000000001"}']],
    ['journal:read', ['unexpected']],
  ] as const)('answers %s with bad arguments %j with a BAD_REQUEST Result', async (channel, args) => {
    const { invoke, reached } = register();
    const result = await invoke(channel, trustedEvent, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(reached).toEqual([]);
  });

  it('passes parsed arguments to the handler and returns its Result', async () => {
    const { invoke, reached } = register();
    expect(await invoke('host:open-external', trustedEvent, 'https://example.com/')).toEqual({
      ok: true,
      value: null,
    });
    expect(await invoke('host:save-file', trustedEvent, validSave)).toEqual({
      ok: true,
      value: { saved: true, path: '/tmp/x' },
    });
    expect(await invoke('journal:append', trustedEvent, decision)).toEqual({
      ok: true,
      value: { appended: true },
    });
    expect(await invoke('journal:read', trustedEvent)).toEqual({
      ok: true,
      value: { commands: [], problems: [] },
    });
    expect(reached).toEqual([
      ['host:open-external', ['https://example.com/']],
      ['host:save-file', [validSave]],
      ['journal:append', [decision]],
      ['journal:read', []],
    ]);
  });

  it('turns a throwing handler into an INTERNAL Result and logs the cause', async () => {
    const boom = new Error('EMFILE');
    const { invoke, errors } = register({
      'host:get-info': async () => {
        throw boom;
      },
    });
    expect(await invoke('host:get-info', trustedEvent)).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'host:get-info failed unexpectedly; details are in the application log.',
      },
    });
    expect(errors).toEqual([['host:get-info', boom]]);
  });
});
