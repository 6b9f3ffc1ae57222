import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangesPage } from '@shared/api/sync-v1';
import { PostId } from '@shared/domain/ids';
import { makeDeclaration, makeSeed } from '../test-support/fixtures';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { changeLogHead, pruneChangeLog } from './change-log';
import { changesPage, type ChangesError } from './changes';
import { decodeCursor } from './cursor';
import { amendDeclaration } from './declarations';
import { insertSeedData } from './seed';
import { snapshotPage } from './snapshot';

const PUS = PostId.parse('PUS');

describe.each(testDatabases())('changesPage across a restore from backup on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 6));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;
  const seqOf = (cursor: string): bigint => {
    const decoded = decodeCursor(cursor);
    if (!decoded.ok) throw new Error(decoded.error);
    return BigInt(decoded.value.s);
  };

  async function pull(
    cursor: string,
  ): Promise<{ ok: true; page: ChangesPage } | { ok: false; error: ChangesError }> {
    const result = await changesPage(t.db, { postId: PUS, cursor, limit: 500 });
    return result.ok ? { ok: true, page: result.value } : { ok: false, error: result.error };
  }

  /**
   * What restoring a backup taken at `seq` does to the change log: the later rows are gone and the
   * identity counter is back where it was, so new writes draw the lost seqs again.
   */
  async function restoreLogTo(seq: bigint): Promise<void> {
    await t.db.query('DELETE FROM change_log WHERE seq > $1', [seq.toString()]);
    await t.db.exec(`ALTER TABLE change_log ALTER COLUMN seq RESTART WITH ${seq + 1n}`);
  }

  it('sends a device back to a snapshot once the restored log has grown past its cursor', async () => {
    const snapshot = await snapshotPage(t.db, { postId: PUS, limit: 500 });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const backupAt = seqOf(snapshot.value.watermark);

    // Changes the device pulls, then the server loses.
    await amendDeclaration(t.db, id(1), { lane: 'RED' });
    await amendDeclaration(t.db, id(2), { lane: 'RED' });
    const seen = await pull(snapshot.value.watermark);
    if (!seen.ok) throw new Error(seen.error.message);
    const deviceCursor = seen.page.nextCursor;
    expect(seqOf(deviceCursor)).toBe(backupAt + 2n);

    await restoreLogTo(backupAt);
    const ahead = await pull(deviceCursor);
    expect(ahead.ok || ahead.error.code).toBe('CURSOR_EXPIRED');

    // New history reuses the lost seqs: without the mark the device would skip these rows.
    await amendDeclaration(t.db, id(3), { lane: 'YELLOW' });
    await amendDeclaration(t.db, id(4), { lane: 'YELLOW' });
    await amendDeclaration(t.db, id(5), { lane: 'YELLOW' });
    expect(await changeLogHead(t.db)).toBeGreaterThan(seqOf(deviceCursor));
    const rewritten = await pull(deviceCursor);
    expect(rewritten.ok || rewritten.error).toEqual({
      code: 'CURSOR_EXPIRED',
      message: expect.stringContaining('no longer has') as unknown as string,
    });

    // A cursor made before the backup is of both histories and simply continues.
    const resumed = await pull(snapshot.value.watermark);
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.page.changes.map((change) => change.kind === 'upsert' && change.declaration.id)).toEqual([
      id(3),
      id(4),
      id(5),
    ]);
    const next = await pull(resumed.page.nextCursor);
    expect(next.ok && next.page.changes).toEqual([]);
  });

  it('keeps a cursor at the retention horizon valid though its row was pruned', async () => {
    await amendDeclaration(t.db, id(6), { lane: 'GREEN' });
    const snapshot = await snapshotPage(t.db, { postId: PUS, limit: 500 });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const pruned = await pruneChangeLog(t.db, 0, new Date(Date.now() + 60_000));
    expect(pruned.prunedThrough).toBe(seqOf(snapshot.value.watermark));
    const atHorizon = await pull(snapshot.value.watermark);
    expect(atHorizon.ok && atHorizon.page.changes).toEqual([]);
  });
});
