import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import { useReferenceStore, type ReferenceDownloadError, type ReferenceState } from '../state';
import { readCurrentVersions } from './current-packs';
import { downloadBytes, fetchManifest, type ReferenceTransport } from './download';
import { inlineInstaller, type PackInstaller } from './install';
import type { CurrentPack, ReferenceDb } from './reference-db';

// Keeps the device's reference packs at the published versions: compares the manifest with what
// is in use, downloads what differs in the background and switches each pack in once it is whole.
// A failure leaves the previous version in use and is retried with full-jitter backoff.

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 5 * 60_000;

export type ReferenceSyncOutcome = {
  status: 'current' | 'switched' | 'failed' | 'offline' | 'waiting';
  switched: ReferenceKind[];
  failed: ReferenceKind[];
};

export type ReferenceSyncDeps = {
  db: ReferenceDb;
  transport: ReferenceTransport;
  jurisdiction: Jurisdiction;
  /** Checks, stores and switches a downloaded pack; on this thread unless given (the app uses a worker). */
  install?: PackInstaller;
  now?: () => Date;
  random?: () => number;
  /** Where the state is shown; the app's zustand store unless a test passes its own. */
  state?: () => Pick<ReferenceState, 'follow' | 'inUse' | 'progress' | 'failed' | 'succeeded'>;
};

export type ReferenceSync = {
  /** Checks and downloads; without `force`, waits out the backoff after a failure. */
  run(options?: { force?: boolean }): Promise<ReferenceSyncOutcome>;
  /** When a run after a failure is due (epoch ms), or null. */
  retryAt(): number | null;
  stop(): void;
};

/** Shows the versions in use from the device's own database: offline, signed out, at start. */
export async function showPacksInUse(db: ReferenceDb, jurisdiction: Jurisdiction): Promise<void> {
  const store = useReferenceStore.getState();
  store.follow(jurisdiction);
  for (const pointer of await readCurrentVersions(db, jurisdiction))
    store.inUse(pointer.kind, inUseOf(pointer));
}

const inUseOf = (pointer: CurrentPack) => ({
  version: pointer.version,
  label: pointer.label,
  publishedAt: pointer.publishedAt,
  demo: pointer.demo ?? false,
  covers: pointer.covers ?? null,
});

export function createReferenceSync(deps: ReferenceSyncDeps): ReferenceSync {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const state = deps.state ?? (() => useReferenceStore.getState());
  const controller = new AbortController();
  const install = deps.install ?? inlineInstaller(deps.db, now);
  let failures = 0;
  let nextAttempt: number | null = null;
  let running: Promise<ReferenceSyncOutcome> | null = null;

  const showInUse = (pointer: CurrentPack) => state().inUse(pointer.kind, inUseOf(pointer));

  function backOff(): string {
    failures++;
    const delay = random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    nextAttempt = now().getTime() + delay;
    return new Date(nextAttempt).toISOString();
  }

  async function once(): Promise<ReferenceSyncOutcome> {
    const { db, transport, jurisdiction } = deps;
    state().follow(jurisdiction);
    const inUse = new Map((await readCurrentVersions(db, jurisdiction)).map((row) => [row.kind, row]));
    for (const pointer of inUse.values()) showInUse(pointer);

    const manifest = await fetchManifest(transport, jurisdiction, controller.signal);
    if (!manifest.ok) {
      backOff();
      // Offline is the normal state of a border post: the status bar says so already.
      return { status: manifest.error.kind === 'network' ? 'offline' : 'failed', switched: [], failed: [] };
    }
    // A server just started may not have published yet: a device without a tariff or rates asks
    // again soon (with backoff) rather than at the next sync cycle.
    const published = new Set(manifest.value.packs.map((pack) => pack.kind));
    const incomplete = !published.has('tariff') || !published.has('rates');
    const switched: ReferenceKind[] = [];
    const failed: ReferenceKind[] = [];
    let retryAt: string | null = null;
    for (const entry of manifest.value.packs) {
      if (controller.signal.aborted) break;
      const current = inUse.get(entry.kind);
      if (current?.version === entry.version && current.etag === entry.etag) {
        state().succeeded(entry.kind);
        continue;
      }
      const fail = (error: ReferenceDownloadError) => {
        retryAt ??= backOff();
        state().failed(entry.kind, error, retryAt);
        failed.push(entry.kind);
      };
      const downloaded = await downloadBytes(transport, jurisdiction, entry, {
        signal: controller.signal,
        onProgress: (received, total) =>
          state().progress(entry.kind, { version: entry.version, received, total }),
      });
      if (!downloaded.ok) {
        fail(downloaded.error);
        continue;
      }
      const installed = await install(jurisdiction, entry, downloaded.value);
      if (!installed.ok) {
        fail(installed.error);
        continue;
      }
      showInUse(installed.value);
      state().succeeded(entry.kind);
      switched.push(entry.kind);
    }
    if (incomplete && failed.length === 0) backOff();
    else if (failed.length === 0) {
      failures = 0;
      nextAttempt = null;
    }
    return {
      status: failed.length > 0 ? 'failed' : switched.length > 0 ? 'switched' : 'current',
      switched,
      failed,
    };
  }

  return {
    run(options = {}) {
      if (running !== null) return running;
      if (!options.force && nextAttempt !== null && now().getTime() < nextAttempt)
        return Promise.resolve({ status: 'waiting', switched: [], failed: [] });
      running = once().finally(() => {
        running = null;
      });
      return running;
    },
    retryAt: () => nextAttempt,
    stop: () => controller.abort(),
  };
}
