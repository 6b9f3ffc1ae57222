import { err } from '@shared/util/result';
import type { SyncTransport } from '@shared/sync';

/** A transport with the network cut: every call fails as a network error, so sync stays local. */
export const offlineTransport: SyncTransport = {
  push: async () => err({ kind: 'network' }),
  pull: async () => err({ kind: 'network' }),
  snapshot: async () => err({ kind: 'network' }),
  deviceState: async () => err({ kind: 'network' }),
};
