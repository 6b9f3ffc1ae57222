import { createContext, useContext } from 'react';
import type { HostBridge } from '@shared/ipc';
import type { CacheDb } from '../db';
import type { ApiClient } from '../sync';

/** The effectful things the UI uses, made once at start and swapped for fakes in tests. */
export type AppServices = { host: HostBridge; api: ApiClient; db: CacheDb };

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside <ServicesContext.Provider>');
  return services;
}
