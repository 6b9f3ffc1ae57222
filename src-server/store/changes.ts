import type { DecisionEntry } from '@shared/api/decision-history';
import { Change, type ChangesPage, type ChangesQuery } from '@shared/api/sync-v1';
import type { Declaration } from '@shared/domain/declaration';
import type { Result } from '@shared/util/result';
import type { Database, Queryable } from '../db/database';
import { changeLogHead, historyMark, prunedThrough, readChangeRows, type ChangeRow } from './change-log';
import { decodeCursor, encodeCursor } from './cursor';
import { historyOf } from './decision-history';

export type ChangesError = { code: 'BAD_CURSOR' | 'CURSOR_EXPIRED'; message: string };

/**
 * One page of a post's changes after the cursor, in change-log (= commit) order. An upsert row
 * carries the declaration as it is now (clients apply by version, so a newer one is fine); if it
 * has since left the post, the row is skipped because a tombstone row follows it. Each declaration
 * appears at most once per page, at its last row.
 */
export async function changesPage(
  db: Database,
  query: ChangesQuery,
): Promise<Result<ChangesPage, ChangesError>> {
  const cursor = decodeCursor(query.cursor);
  if (!cursor.ok || cursor.value.p !== query.postId) {
    const reason = cursor.ok ? 'it belongs to another post' : cursor.error;
    return { ok: false, error: { code: 'BAD_CURSOR', message: `cursor is invalid: ${reason}` } };
  }
  const after = BigInt(cursor.value.s);
  return db.transaction(async (tx) => {
    // One snapshot for the horizon, the log and the documents.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const horizon = await prunedThrough(tx);
    if (after < horizon) {
      return expired('the cursor is older than the change log retention: download a new snapshot');
    }
    // A cursor ahead of the log, or at a row of another history, means the server was restored
    // from a backup: the cache may hold changes the server no longer knows, so it is rebuilt as
    // for an expired cursor. Once the restored log has grown past the cursor only the mark tells.
    if (after > (await changeLogHead(tx))) {
      return expired('the cursor is ahead of the change log (server restored?): download a new snapshot');
    }
    if (cursor.value.h !== undefined && !(await sameHistory(tx, after, cursor.value.h, horizon))) {
      return expired(
        'the cursor belongs to a change history this server no longer has (restored from a backup?): download a new snapshot',
      );
    }
    const rows = await readChangeRows(tx, query.postId, after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const docs = await currentDocuments(tx, page);
    const histories = await historyOf(tx, [...docs.keys()]);
    const last = page.at(-1);
    return {
      ok: true,
      value: {
        cursor: query.cursor,
        changes: toChanges(page, docs, histories, query.postId),
        nextCursor:
          last === undefined
            ? encodeCursor(cursor.value)
            : encodeCursor({ p: query.postId, s: last.seq, h: last.mark }),
        hasMore: rows.length > query.limit,
      },
    };
  });
}

/** The row the cursor was made at is still there with its mark; a pruned one cannot be checked. */
async function sameHistory(tx: Queryable, seq: bigint, mark: string, horizon: bigint): Promise<boolean> {
  const now = await historyMark(tx, seq);
  return now === mark || (now === null && seq <= horizon);
}

function expired(message: string): Result<never, ChangesError> {
  return { ok: false, error: { code: 'CURSOR_EXPIRED', message } };
}

type Current = { doc: Declaration; withdrawn: boolean };

async function currentDocuments(tx: Queryable, rows: readonly ChangeRow[]): Promise<Map<string, Current>> {
  const ids = [...new Set(rows.filter((row) => row.kind !== 'tombstone').map((row) => row.declaration_id))];
  if (ids.length === 0) return new Map();
  const docs = await tx.query<{ id: string; doc: Declaration; withdrawn: boolean }>(
    'SELECT id, doc, withdrawn_at IS NOT NULL AS withdrawn FROM declarations WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(docs.map((row) => [row.id, { doc: row.doc, withdrawn: row.withdrawn }]));
}

function toChanges(
  rows: readonly ChangeRow[],
  docs: ReadonlyMap<string, Current>,
  histories: ReadonlyMap<string, DecisionEntry[]>,
  postId: string,
): Change[] {
  const lastIndex = new Map(rows.map((row, index) => [row.declaration_id, index]));
  const changes: Change[] = [];
  rows.forEach((row, index) => {
    if (lastIndex.get(row.declaration_id) !== index) return;
    if (row.kind === 'tombstone') {
      changes.push(
        Change.parse({
          kind: 'tombstone',
          declarationId: row.declaration_id,
          version: row.version,
          reason: row.reason,
        }),
      );
      return;
    }
    const current = docs.get(row.declaration_id);
    if (current === undefined || current.withdrawn || current.doc.postId !== postId) return;
    changes.push({
      kind: 'upsert',
      declaration: current.doc,
      history: histories.get(row.declaration_id) ?? [],
    });
  });
  return changes;
}
