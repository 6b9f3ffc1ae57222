import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../db/database';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeSeed } from '../test-support/fixtures';
import { appendChanges, readChangeRows } from './change-log';
import { insertSeedData } from './seed';

type Gate = { open: () => void; opened: Promise<void> };
function gate(): Gate {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Several connections are needed to commit out of order, so this runs on PostgreSQL; PGlite is
// one connection and commits in order by construction.
describe.runIf(testDatabases().some((engine) => engine.kind === 'postgres'))(
  'the change log on postgres',
  () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await testDatabases()
        .find((engine) => engine.kind === 'postgres')!
        .open();
      await insertSeedData(t.db, makeSeed('PUS', 2));
    });
    afterAll(async () => {
      await t?.dispose();
    });

    /** A reader that polls like a device: remembers the last seq it saw and asks for what follows. */
    function poller(start: bigint) {
      let cursor = start;
      const seen: bigint[] = [];
      return {
        seen,
        async poll() {
          for (const row of await readChangeRows(t.db, 'PUS', cursor, 100)) {
            seen.push(BigInt(row.seq));
            cursor = BigInt(row.seq);
          }
        },
      };
    }

    async function everySeq(after: bigint): Promise<bigint[]> {
      return (await readChangeRows(t.db, 'PUS', after, 1000)).map((row) => BigInt(row.seq));
    }

    async function head(): Promise<bigint> {
      const rows = await t.db.query<{ seq: string }>(
        'SELECT coalesce(max(seq), 0)::text AS seq FROM change_log',
      );
      return BigInt(rows[0]!.seq);
    }

    /**
     * Writer A appends and stays open; writer B appends and commits; the reader polls; A commits;
     * the reader polls again. `append` is how each writer writes its row.
     */
    async function interleave(append: (tx: Queryable, id: string) => Promise<void>) {
      const start = await head();
      const reader = poller(start);
      const aAppended = gate();
      const aMayCommit = gate();
      const writerA = t.db.transaction(async (tx) => {
        await append(tx, 'PUS-D000001');
        aAppended.open();
        await aMayCommit.opened;
      });
      await aAppended.opened;
      let bCommitted = false;
      const writerB = t.db
        .transaction((tx) => append(tx, 'PUS-D000002'))
        .then(() => {
          bCommitted = true;
        });
      await pause(200);
      await reader.poll();
      const bCommittedBeforeA = bCommitted;
      aMayCommit.open();
      await writerA;
      await reader.poll();
      await writerB;
      await reader.poll();
      return { seen: reader.seen, all: await everySeq(start), bCommittedBeforeA };
    }

    it('would skip a row without the lock: the lower seq commits last, after the reader moved past it', async () => {
      const unlocked = await interleave(async (tx, id) => {
        await tx.query(
          "INSERT INTO change_log (declaration_id, post_id, version, kind) VALUES ($1, 'PUS', 1, 'upsert')",
          [id],
        );
      });
      expect(unlocked.bCommittedBeforeA).toBe(true);
      expect(unlocked.seen).not.toEqual(unlocked.all);
    });

    it('never skips a row with appendChanges: the second writer waits, so seq order is commit order', async () => {
      const locked = await interleave((tx, id) =>
        appendChanges(tx, [{ kind: 'upsert', declarationId: id, postId: 'PUS', version: 1 }]),
      );
      expect(locked.bCommittedBeforeA).toBe(false);
      expect(locked.seen).toEqual(locked.all);
      expect(locked.all.length).toBe(2);
    });

    it('never skips a row under many concurrent writers and a busy reader', async () => {
      const start = await head();
      const reader = poller(start);
      let writing = true;
      const reading = (async () => {
        while (writing) await reader.poll();
      })();
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          t.db.transaction(async (tx) => {
            await pause(i % 7);
            await appendChanges(tx, [
              { kind: 'upsert', declarationId: 'PUS-D000001', postId: 'PUS', version: 1 },
            ]);
            await pause((i * 3) % 5);
          }),
        ),
      );
      writing = false;
      await reading;
      await reader.poll();
      expect(reader.seen).toEqual(await everySeq(start));
      expect(reader.seen.length).toBe(40);
    });
  },
);
