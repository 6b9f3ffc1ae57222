import type { z } from 'zod';
import { bridgeChannels, ipcChannels, type HostBridge } from '@shared/ipc';
import { err, type AppError, type Result } from '@shared/util/result';

/**
 * Calls one preload function and parses its answer with the channel's schema. The preload is a
 * trust boundary like the network: a missing function, a rejected promise or a malformed answer
 * becomes an error Result instead of an exception in the UI.
 */
async function invoke<S extends z.ZodType>(
  raw: unknown,
  method: keyof HostBridge,
  args: unknown[],
  schema: S,
): Promise<z.infer<S> | Result<never, AppError>> {
  const channel = bridgeChannels[method];
  const fn: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, method) : undefined;
  if (typeof fn !== 'function') {
    return err({ code: 'HOST_UNAVAILABLE', message: `The host does not provide ${channel}` });
  }
  let answer: unknown;
  try {
    answer = await Reflect.apply(fn, raw, args);
  } catch (cause) {
    return err({ code: 'HOST_FAILED', message: `${channel} failed: ${String(cause)}` });
  }
  const parsed = schema.safeParse(answer);
  return parsed.success
    ? parsed.data
    : err({ code: 'HOST_BAD_RESPONSE', message: `${channel} answered with an unexpected shape` });
}

/** The Electron host: the preload's `window.borderPost`, with every answer checked. */
export function createElectronHost(raw: unknown): HostBridge {
  return {
    getInfo: () => invoke(raw, 'getInfo', [], ipcChannels['host:get-info'].response),
    openExternal: (url) => invoke(raw, 'openExternal', [url], ipcChannels['host:open-external'].response),
    saveFile: (request) => invoke(raw, 'saveFile', [request], ipcChannels['host:save-file'].response),
    appendDecision: (command) =>
      invoke(raw, 'appendDecision', [command], ipcChannels['journal:append'].response),
    readJournal: () => invoke(raw, 'readJournal', [], ipcChannels['journal:read'].response),
  };
}
