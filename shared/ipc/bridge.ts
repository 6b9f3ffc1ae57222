import type { IpcChannel, IpcRequest, IpcResponse } from './contract';

/**
 * What the preload exposes on `window.borderPost`, and what the browser host implements with web
 * equivalents. One method per channel; each returns the channel's Result, never throws.
 */
export type HostBridge = {
  getInfo: (...args: IpcRequest<'host:get-info'>) => Promise<IpcResponse<'host:get-info'>>;
  openExternal: (...args: IpcRequest<'host:open-external'>) => Promise<IpcResponse<'host:open-external'>>;
  saveFile: (...args: IpcRequest<'host:save-file'>) => Promise<IpcResponse<'host:save-file'>>;
  appendDecision: (...args: IpcRequest<'journal:append'>) => Promise<IpcResponse<'journal:append'>>;
  readJournal: (...args: IpcRequest<'journal:read'>) => Promise<IpcResponse<'journal:read'>>;
};

/** Which channel each bridge method invokes; the preload and the tests both read this table. */
export const bridgeChannels = {
  getInfo: 'host:get-info',
  openExternal: 'host:open-external',
  saveFile: 'host:save-file',
  appendDecision: 'journal:append',
  readJournal: 'journal:read',
} as const satisfies Record<keyof HostBridge, IpcChannel>;

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'borderPost';
