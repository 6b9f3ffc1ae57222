import type { SnapshotPage, SnapshotQuery } from '@shared/api/snapshot';
import type { Declaration } from '@shared/domain/declaration';
import type { Result } from '@shared/util/result';
import type { Database, Queryable } from '../db/database';
import { changeLogHead, historyMark } from './change-log';
import { encodeCursor } from './cursor';
import { historyOf } from './decision-history';
import { decodePageToken, encodePageToken } from './page-token';
import { postExists } from './posts';

export type SnapshotError = { code: 'NOT_FOUND' | 'BAD_PAGE_TOKEN'; message: string };

/**
 * One page of a post's declarations, keyset-paged by id. The first page fixes the watermark
 * (the change log's head at that moment, as a /changes cursor of the post); later pages carry it
 * in their token. The head is global, not the post's own highest seq, so a post whose entries
 * were all pruned still gets a watermark at or after the retention horizon.
 * Declarations changed after the watermark may appear in their newer version: the client then
 * pulls deltas from the watermark, which apply idempotently by version.
 */
export async function snapshotPage(
  db: Database,
  query: SnapshotQuery,
): Promise<Result<SnapshotPage, SnapshotError>> {
  let after: string | null = null;
  let watermark: Watermark | null = null;
  if (query.pageToken !== undefined) {
    const token = decodePageToken(query.pageToken);
    if (!token.ok || token.value.p !== query.postId) {
      const reason = token.ok ? 'it belongs to another post' : token.error;
      return { ok: false, error: { code: 'BAD_PAGE_TOKEN', message: `pageToken is invalid: ${reason}` } };
    }
    after = token.value.after;
    watermark = { s: token.value.w, h: token.value.h };
  }
  return db.transaction(async (tx) => {
    // One consistent view on PostgreSQL for the watermark, the count and the rows.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    if (!(await postExists(tx, query.postId))) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `post ${query.postId} does not exist` } };
    }
    const page = await readPage(tx, query.postId, after, query.limit);
    const w = watermark ?? (await currentWatermark(tx));
    const histories = await historyOf(
      tx,
      page.declarations.map((declaration) => declaration.id),
    );
    const last = page.declarations.at(-1);
    return {
      ok: true,
      value: {
        postId: query.postId,
        watermark: encodeCursor({ p: query.postId, s: w.s, h: w.h }),
        total: await countDeclarations(tx, query.postId),
        declarations: page.declarations,
        history: [...histories.values()].flat(),
        nextPageToken:
          page.hasMore && last !== undefined
            ? encodePageToken({ p: query.postId, w: w.s, h: w.h, after: last.id })
            : null,
      },
    };
  });
}

async function readPage(
  tx: Queryable,
  postId: string,
  after: string | null,
  limit: number,
): Promise<{ declarations: Declaration[]; hasMore: boolean }> {
  // One row more than asked tells whether another page follows, without a second query.
  const rows = await tx.query<{ doc: Declaration }>(
    `SELECT doc FROM declarations
     WHERE post_id = $1 AND withdrawn_at IS NULL AND ($2::text IS NULL OR id > $2::text)
     ORDER BY id LIMIT $3`,
    [postId, after, limit + 1],
  );
  return { declarations: rows.slice(0, limit).map((row) => row.doc), hasMore: rows.length > limit };
}

/** A change-log position with the history mark of its row (absent when no row stands there). */
type Watermark = { s: string; h?: string };

async function currentWatermark(tx: Queryable): Promise<Watermark> {
  const head = await changeLogHead(tx);
  return { s: head.toString(), h: (await historyMark(tx, head)) ?? undefined };
}

async function countDeclarations(tx: Queryable, postId: string): Promise<number> {
  const rows = await tx.query<{ total: number }>(
    'SELECT count(*)::integer AS total FROM declarations WHERE post_id = $1 AND withdrawn_at IS NULL',
    [postId],
  );
  return rows[0]?.total ?? 0;
}
