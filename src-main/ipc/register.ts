import { z } from 'zod';
import { ipcChannels, type IpcChannel, type IpcRequest, type IpcResponse } from '@shared/ipc/contract';
import { ipcFailure, type IpcFailure } from './ipc-result';
import type { SenderEvent } from './sender';

/** One implementation per channel; a missing channel is a compile error. */
export type HostHandlers = {
  [C in IpcChannel]: (...args: IpcRequest<C>) => Promise<IpcResponse<C>>;
};

/** The part of Electron's ipcMain that registration needs. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
};

export type IpcGuards = {
  isTrustedSender: (event: SenderEvent) => boolean;
  onError: (channel: IpcChannel, error: unknown) => void;
};

/**
 * The order every call goes through: who is calling, then what they sent (parsed from unknown
 * with the contract's schema), then the handler. Nothing is thrown across IPC: a refusal or a
 * failure comes back as the channel's error Result, which the renderer can show.
 */
function dispatcher<A extends unknown[], R>(
  channel: IpcChannel,
  request: z.ZodType<A>,
  handler: (...args: A) => Promise<R>,
  guards: IpcGuards,
) {
  return async (event: SenderEvent, ...args: unknown[]): Promise<R | IpcFailure> => {
    if (!guards.isTrustedSender(event)) {
      return ipcFailure('FORBIDDEN_SENDER', `${channel} may be called only by the Border Post window.`);
    }
    const parsed = request.safeParse(args);
    if (!parsed.success) {
      return ipcFailure('BAD_REQUEST', `Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
    }
    try {
      return await handler(...parsed.data);
    } catch (error) {
      guards.onError(channel, error);
      return ipcFailure('INTERNAL', `${channel} failed unexpectedly; details are in the application log.`);
    }
  };
}

/** Registers exactly one ipcMain.handle per channel of the contract. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: HostHandlers, guards: IpcGuards): void {
  const bind = <A extends unknown[], R>(
    channel: IpcChannel,
    request: z.ZodType<A>,
    handler: (...args: A) => Promise<R>,
  ) => ipcMain.handle(channel, dispatcher(channel, request, handler, guards));

  bind('host:get-info', ipcChannels['host:get-info'].request, handlers['host:get-info']);
  bind('host:open-external', ipcChannels['host:open-external'].request, handlers['host:open-external']);
  bind('host:save-file', ipcChannels['host:save-file'].request, handlers['host:save-file']);
  bind('journal:append', ipcChannels['journal:append'].request, handlers['journal:append']);
  bind('journal:read', ipcChannels['journal:read'].request, handlers['journal:read']);
}
