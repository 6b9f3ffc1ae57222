import type { ReferencePack } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import type { CurrentPack, ReferenceDb, StoredPack } from './reference-db';

/** The pointer row a pack gets when it is switched in. */
export function pointerOf(stored: StoredPack, switchedAt: string): CurrentPack {
  const { pack } = stored;
  return {
    jurisdiction: stored.jurisdiction,
    kind: stored.kind,
    version: stored.version,
    etag: stored.etag,
    label: pack.label,
    publishedAt: pack.publishedAt,
    switchedAt,
    demo: pack.demo,
    ...(pack.kind === 'rates' ? { covers: pack.covers } : {}),
  };
}

/**
 * Stores a complete, checked pack and switches to it. The pack is written first, in its own
 * transaction; only then does one transaction point `current` at it and delete every other
 * version of its kind. A crash between the two leaves an unused pack beside the one in use, which
 * the next switch deletes; never a pointer to a pack that is not all there.
 */
export async function storeAndSwitch(
  db: ReferenceDb,
  jurisdiction: Jurisdiction,
  download: { version: number; etag: string; pack: ReferencePack; bytes: number },
  now: () => Date = () => new Date(),
): Promise<CurrentPack> {
  const stored: StoredPack = {
    jurisdiction,
    kind: download.pack.kind,
    version: download.version,
    etag: download.etag,
    pack: download.pack,
    bytes: download.bytes,
    storedAt: now().toISOString(),
  };
  await db.packs.put(stored);
  const pointer = pointerOf(stored, now().toISOString());
  await db.transaction('rw', db.current, db.packs, async () => {
    await db.current.put(pointer);
    const older = await db.packs
      .where('[jurisdiction+kind]')
      .equals([jurisdiction, stored.kind])
      .primaryKeys();
    await db.packs.bulkDelete(older.filter(([, , version]) => version !== stored.version));
  });
  return pointer;
}
