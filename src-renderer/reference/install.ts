import type { Jurisdiction } from '@shared/domain';
import { err, ok, type Result } from '@shared/util/result';
import type { ReferenceDownloadError } from '../state';
import { checkPack, type ManifestEntry } from './download';
import type { CurrentPack, ReferenceDb } from './reference-db';
import { storeAndSwitch } from './switch-in';

/**
 * Checks downloaded bytes and, when they are the pack the manifest names, stores and switches to
 * it. The app runs this in a worker (install.worker.ts): parsing and checking the UK tariff takes
 * a few hundred milliseconds, which on the page would freeze typing (test/bench/reference.ts).
 */
export type PackInstaller = (
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  bytes: Uint8Array<ArrayBuffer>,
) => Promise<Result<CurrentPack, ReferenceDownloadError>>;

export async function installPack(
  db: ReferenceDb,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  bytes: Uint8Array<ArrayBuffer>,
  now: () => Date = () => new Date(),
): Promise<Result<CurrentPack, ReferenceDownloadError>> {
  const checked = await checkPack(bytes, jurisdiction, entry);
  if (!checked.ok) return checked;
  try {
    const pointer = await storeAndSwitch(
      db,
      jurisdiction,
      { version: entry.version, etag: entry.etag, pack: checked.value, bytes: bytes.byteLength },
      now,
    );
    return ok(pointer);
  } catch (error) {
    return err({ kind: 'storage', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The installer on this thread, for tests and hosts without workers. */
export const inlineInstaller =
  (db: ReferenceDb, now?: () => Date): PackInstaller =>
  (jurisdiction, entry, bytes) =>
    installPack(db, jurisdiction, entry, bytes, now);
