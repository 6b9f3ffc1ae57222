import { BRIDGE_GLOBAL, bridgeChannels, type HostBridge } from '@shared/ipc/bridge';
import type { IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc/contract';

/** ipcRenderer.invoke, typed by the contract. */
export type Invoke = <C extends IpcChannel>(channel: C, ...args: IpcRequest<C>) => Promise<IpcResponse<C>>;

export type ContextBridgeLike = { exposeInMainWorld(key: string, api: unknown): void };

/**
 * One function per channel and nothing else: no ipcRenderer, no generic invoke, no listener
 * registration, so a compromised page can reach exactly the operations main validates.
 * No logic either: main parses the arguments and the renderer's host layer parses the answers.
 */
export function createBridge(invoke: Invoke): HostBridge {
  return {
    getInfo: (...args) => invoke(bridgeChannels.getInfo, ...args),
    openExternal: (...args) => invoke(bridgeChannels.openExternal, ...args),
    saveFile: (...args) => invoke(bridgeChannels.saveFile, ...args),
    appendDecision: (...args) => invoke(bridgeChannels.appendDecision, ...args),
    readJournal: (...args) => invoke(bridgeChannels.readJournal, ...args),
  } satisfies HostBridge;
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipcRenderer: { invoke: Invoke }): void {
  // Bound here so the bridge never holds ipcRenderer itself.
  const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(invoke));
}
