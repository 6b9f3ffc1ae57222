import { createContext, useContext } from 'react';
import type { DeviceId } from '@shared/domain';
import type { HostBridge } from '@shared/ipc';
import type { CacheDb, OutboxDb } from '../db';
import type { ApiClient, AuthClient, SyncRuntime, TransportAuth } from '../sync';

/**
 * The effectful things the UI uses, made once at start and swapped for fakes in tests. The sync
 * parts are optional so screens that only read the cache can be tested without them.
 */
export type AppServices = {
  host: HostBridge;
  api: ApiClient;
  db: CacheDb;
  outbox?: OutboxDb;
  auth?: AuthClient;
  /** The one session every authenticated request goes through (see sync/session-auth.ts). */
  session?: TransportAuth;
  deviceId?: DeviceId;
  apiBaseUrl?: string;
};

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside <ServicesContext.Provider>');
  return services;
}

/** The running sync runtime of the selected post and signed-in officer, or null. */
export const SyncRuntimeContext = createContext<SyncRuntime | null>(null);

export const useSyncRuntime = (): SyncRuntime | null => useContext(SyncRuntimeContext);
