import type { TombstoneReason } from '@shared/api/sync-v1';
import type { Queryable } from '../db/database';

/**
 * Why seq order is commit order, so a reader that remembers "up to seq N" never skips a row:
 *
 * An identity value is drawn when a row is inserted, not when its transaction commits. Left
 * alone, transaction A could draw seq 10, B seq 11, B commit, a reader see 11 and move its cursor
 * past 10 before A commits: row 10 would never be pulled. So every writer takes this
 * transaction-scoped advisory lock immediately before inserting into the change log and holds it
 * until it commits or rolls back. PostgreSQL marks a transaction committed (visible) before it
 * releases its locks, so the next writer draws its seq only after every lower seq is either
 * visible or gone for good. A reader's snapshot that contains seq N therefore contains every
 * committed seq below N. It costs one lock round trip per write and serialises only the short
 * tail of write transactions, which is cheap at a customs post's write rate; it needs nothing
 * beyond core PostgreSQL, so it behaves the same on PGlite (one connection, trivially ordered)
 * and on a PostgreSQL cluster. Rule: nothing may wait for another lock after taking this one.
 */
const CHANGE_LOG_LOCK_KEY = 4_242_002;

export async function lockChangeLog(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK_KEY]);
}

export type ChangeEntry =
  | { kind: 'upsert'; declarationId: string; postId: string; version: number }
  | { kind: 'tombstone'; declarationId: string; postId: string; version: number; reason: TombstoneReason };

/** Appends entries; `tx` must be a transaction, which then holds the change-log lock to its end. */
export async function appendChanges(tx: Queryable, entries: readonly ChangeEntry[]): Promise<void> {
  await lockChangeLog(tx);
  for (const entry of entries) {
    await tx.query(
      'INSERT INTO change_log (declaration_id, post_id, version, kind, reason) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.declarationId,
        entry.postId,
        entry.version,
        entry.kind,
        entry.kind === 'tombstone' ? entry.reason : null,
      ],
    );
  }
}

/** The highest seq a reader may start from: every seq at or below it is committed or pruned. */
export async function changeLogHead(db: Queryable): Promise<bigint> {
  const rows = await db.query<{ head: string }>(
    `SELECT greatest((SELECT coalesce(max(seq), 0) FROM change_log),
                     (SELECT pruned_through FROM change_log_horizon))::text AS head`,
  );
  return BigInt(rows[0]?.head ?? '0');
}

/**
 * What tells one history of the log from another at the same seq: the microsecond the row's
 * transaction started. A server restored from a backup draws the lost seqs again for new rows,
 * which are written after the restore and so carry a later mark than the rows devices saw.
 */
const MARK = '(extract(epoch FROM at) * 1000000)::bigint::text';

/** The mark of the row at `seq`, or null when no row stands there (never written, or pruned). */
export async function historyMark(db: Queryable, seq: bigint): Promise<string | null> {
  const rows = await db.query<{ mark: string }>(`SELECT ${MARK} AS mark FROM change_log WHERE seq = $1`, [
    seq.toString(),
  ]);
  return rows[0]?.mark ?? null;
}

/** Cursors below this seq point into pruned history. */
export async function prunedThrough(db: Queryable): Promise<bigint> {
  const rows = await db.query<{ seq: string }>('SELECT pruned_through::text AS seq FROM change_log_horizon');
  return BigInt(rows[0]?.seq ?? '0');
}

export type ChangeRow = {
  seq: string;
  /** See historyMark. */
  mark: string;
  declaration_id: string;
  version: number;
  kind: 'created' | 'upsert' | 'tombstone';
  reason: TombstoneReason | null;
};

/** Ordered by the bigint column, not the text alias of the same name (which sorts 10 before 9). */
export async function readChangeRows(
  db: Queryable,
  postId: string,
  after: bigint,
  limit: number,
): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `SELECT seq::text AS seq, ${MARK} AS mark, declaration_id, version, kind, reason FROM change_log
     WHERE post_id = $1 AND seq > $2 ORDER BY change_log.seq LIMIT $3`,
    [postId, after.toString(), limit],
  );
}

/**
 * Deletes the change log older than `retentionMs` as a prefix (seq order is commit order, so
 * old rows are a prefix) and moves the horizon: a cursor below it answers 410 CURSOR_EXPIRED.
 */
export async function pruneChangeLog(
  db: Queryable,
  retentionMs: number,
  now: Date,
): Promise<{ deleted: number; prunedThrough: bigint }> {
  const cutoff = new Date(now.getTime() - retentionMs).toISOString();
  const rows = await db.query<{ deleted: number; through: string }>(
    `WITH last AS (SELECT max(seq) AS seq FROM change_log WHERE at < $1),
     gone AS (DELETE FROM change_log WHERE seq <= (SELECT seq FROM last) RETURNING seq),
     moved AS (
       UPDATE change_log_horizon SET pruned_through = greatest(pruned_through, coalesce((SELECT seq FROM last), 0))
       RETURNING pruned_through)
     SELECT (SELECT count(*) FROM gone)::integer AS deleted, (SELECT pruned_through FROM moved)::text AS through`,
    [cutoff],
  );
  return { deleted: rows[0]?.deleted ?? 0, prunedThrough: BigInt(rows[0]?.through ?? '0') };
}
