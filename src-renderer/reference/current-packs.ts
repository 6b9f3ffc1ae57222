import type { PackOf, ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import type { CurrentPack, ReferenceDb, StoredPack } from './reference-db';

// How the rest of the renderer (the assessment worker, the status bar, the decide form) reads the
// reference data in use. Reads only: writing and switching packs is the downloader's alone.

/** One pack in use with the version that names it in every assessment. */
export type PackInUse<K extends ReferenceKind> = {
  version: number;
  etag: string;
  pack: PackOf<K>;
};

/** The packs in use for one jurisdiction; a kind never downloaded yet is null. */
export type CurrentPacks = {
  jurisdiction: Jurisdiction;
  tariff: PackInUse<'tariff'> | null;
  rates: PackInUse<'rates'> | null;
  taxes: PackInUse<'taxes'> | null;
  codes: PackInUse<'codes'> | null;
};

const KINDS = ['tariff', 'rates', 'taxes', 'codes'] as const satisfies readonly ReferenceKind[];

/** Which version of each kind is in use, without the (large) pack bodies. */
export async function readCurrentVersions(
  db: ReferenceDb,
  jurisdiction: Jurisdiction,
): Promise<CurrentPack[]> {
  return db.current
    .where('[jurisdiction+kind]')
    .between([jurisdiction, ''], [jurisdiction, '\uffff'])
    .toArray();
}

/** One kind's pack in use, or null when the device holds none yet. */
export async function readCurrentPack<K extends ReferenceKind>(
  db: ReferenceDb,
  jurisdiction: Jurisdiction,
  kind: K,
): Promise<PackInUse<K> | null> {
  // One read transaction: the pointer and the pack it names are read together, so a switch that
  // commits in between can never pair a pointer with a pack it no longer names.
  return db.transaction('r', db.current, db.packs, async () => {
    const current = await db.current.get([jurisdiction, kind]);
    if (current === undefined) return null;
    const stored = (await db.packs.get([jurisdiction, kind, current.version])) as StoredPack<K> | undefined;
    return stored === undefined ? null : { version: stored.version, etag: stored.etag, pack: stored.pack };
  });
}

/**
 * The tariff, rates, taxes and codes packs in use for a jurisdiction, read in one transaction so
 * they are one consistent set (an assessment records the versions it was computed with).
 */
export async function readCurrentPacks(db: ReferenceDb, jurisdiction: Jurisdiction): Promise<CurrentPacks> {
  return db.transaction('r', db.current, db.packs, async () => {
    const [tariff, rates, taxes, codes] = await Promise.all([
      readCurrentPack(db, jurisdiction, 'tariff'),
      readCurrentPack(db, jurisdiction, 'rates'),
      readCurrentPack(db, jurisdiction, 'taxes'),
      readCurrentPack(db, jurisdiction, 'codes'),
    ]);
    return { jurisdiction, tariff, rates, taxes, codes };
  });
}

export { KINDS as REFERENCE_KINDS };
