import { openCacheDb, type CacheDb } from '../db';

/** A cache database of its own per test, so no test sees another's rows. */
export function openTestCacheDb(): CacheDb {
  return openCacheDb(`test-cache-${crypto.randomUUID()}`);
}
