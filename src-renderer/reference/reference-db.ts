import { Dexie, type Table } from 'dexie';
import type { PackOf, ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';

// Reference data on the device (issue 9): tariff, exchange rates, national tax rates and code lists,
// one complete pack per published version. A new version is written whole in `packs` first and
// only then named in `current`, in one transaction that also drops the version it replaces, so a
// download cut off halfway leaves the previous version in use and nothing half-written in sight.
// A separate database from the cache: packs are large, change rarely and outlive a sign-out.

export const REFERENCE_DB_NAME = 'border-post-reference';
export const REFERENCE_DB_VERSION = 1;

/** One stored version of one kind for one jurisdiction. */
export type StoredPack<K extends ReferenceKind = ReferenceKind> = {
  jurisdiction: Jurisdiction;
  kind: K;
  version: number;
  etag: string;
  pack: PackOf<K>;
  /** Bytes downloaded, for the status bar and the benchmark. */
  bytes: number;
  storedAt: string;
};

/** Which stored version is in use, per jurisdiction and kind. */
export type CurrentPack = {
  jurisdiction: Jurisdiction;
  kind: ReferenceKind;
  version: number;
  etag: string;
  label: string;
  publishedAt: string;
  switchedAt: string;
  /** Shown as such wherever the pack's figures are (e.g. demo KRW rates). */
  demo?: boolean;
  /** A rates pack's acceptance dates, so the status bar need not read the pack itself. */
  covers?: { from: string; to: string };
};

/** Primary keys: a pack by jurisdiction, kind and version; the pointer by jurisdiction and kind. */
export type PackKey = [Jurisdiction, ReferenceKind, number];
export type CurrentKey = [Jurisdiction, ReferenceKind];

export type ReferenceDb = Dexie & {
  packs: Table<StoredPack, PackKey>;
  current: Table<CurrentPack, CurrentKey>;
};

/** Schema versions are append-only (DESIGN.md, "Local storage"). */
export function openReferenceDb(name: string = REFERENCE_DB_NAME): ReferenceDb {
  // Strict durability: a pack switched in must survive a power cut, or the device would assess
  // with a version the status bar no longer names.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as ReferenceDb;
  db.version(1).stores({
    packs: '[jurisdiction+kind+version], [jurisdiction+kind]',
    current: '[jurisdiction+kind]',
  });
  return db;
}

let opened: ReferenceDb | undefined;

/** The app's one reference database, opened on first use (the worker opens its own). */
export function deviceReferenceDb(): ReferenceDb {
  opened ??= openReferenceDb();
  return opened;
}
