import { err, ok, type Result } from '@shared/util/result';
import { CACHE_DB_NAME, CACHE_DB_VERSION, openCacheDb, type CacheDb } from './cache-db';
import { OUTBOX_DB_NAME, OUTBOX_DB_VERSION, openOutboxDb, type OutboxDb } from './outbox-db';

/**
 * Why the local databases could not be opened. `too-new`: a newer build of the app upgraded the
 * database; this build must not touch it (Dexie 4 would quietly "extend" it otherwise).
 */
export type LocalDbError =
  | { kind: 'too-new'; database: string; found: number; supported: number }
  | { kind: 'failed'; database: string; detail: string };

export type LocalDatabases = { cache: CacheDb; outbox: OutboxDb };

/** Dexie stores version n as native version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

/**
 * The version a database is at, or 0 when it does not exist; opening without a version never
 * upgrades, and a database that did not exist is not left behind.
 */
export function installedVersion(name: string, factory: IDBFactory = indexedDB): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(Math.floor(version / DEXIE_VERSION_FACTOR));
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(0);
      } else reject(request.error ?? new Error(`cannot open ${name}`));
    };
  });
}

function describe(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

async function openChecked<D extends CacheDb | OutboxDb>(
  name: string,
  supported: number,
  open: (name: string) => D,
  factory: IDBFactory,
): Promise<Result<D, LocalDbError>> {
  try {
    const found = await installedVersion(name, factory);
    if (found > supported) return err({ kind: 'too-new', database: name, found, supported });
    const db = open(name);
    await db.open();
    return ok(db);
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'VersionError') {
      return err({ kind: 'too-new', database: name, found: Number.NaN, supported });
    }
    return err({ kind: 'failed', database: name, detail: describe(cause) });
  }
}

/** Opens (and migrates) the outbox first: it is the precious one. */
export async function openLocalDatabases(
  names: { cache?: string; outbox?: string } = {},
  factory: IDBFactory = indexedDB,
): Promise<Result<LocalDatabases, LocalDbError>> {
  const outbox = await openChecked(names.outbox ?? OUTBOX_DB_NAME, OUTBOX_DB_VERSION, openOutboxDb, factory);
  if (!outbox.ok) return outbox;
  const cache = await openChecked(names.cache ?? CACHE_DB_NAME, CACHE_DB_VERSION, openCacheDb, factory);
  if (!cache.ok) {
    outbox.value.close();
    return cache;
  }
  return ok({ outbox: outbox.value, cache: cache.value });
}
