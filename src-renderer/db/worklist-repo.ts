import { Dexie } from 'dexie';
import type { DeclarationStatus } from '@shared/domain';
import { needsAttentionQueue, newestOverlays } from '@shared/sync';
import { WORKLIST_INDEXES, type CacheDb } from './cache-db';
import type { OutboxDb } from './outbox-db';
import { listOutboxEntries, listOverlays } from './outbox-repo';
import { shownStatus, type WorklistMarks } from './worklist-filter';
import type { WorklistSort } from './worklist-index';
import type { WorklistRow } from './worklist-row';

export { isFiltered, NO_FILTER, NO_MARKS, type WorklistFilter, type WorklistMarks } from './worklist-filter';
export type { WorklistSort } from './worklist-index';
export type { WorklistSortColumn as WorklistColumn } from './worklist-sort';

/** A row as shown: the stored row with a status saved here and not yet confirmed, if any. */
export type WorklistEntry = WorklistRow & { pending: boolean };

export type WorklistWindow = { offset: number; rows: WorklistEntry[] };

/** One post's rows of the sort column's index, in its order. */
function postRange(db: CacheDb, sort: WorklistSort, postId: string) {
  const range = db.worklist
    .where(WORKLIST_INDEXES[sort.column])
    .between([postId, Dexie.minKey], [postId, Dexie.maxKey]);
  return sort.desc ? range.reverse() : range;
}

/**
 * What the first screen reads while the in-memory index loads (worklist-index-store.ts): the
 * count of one post's rows, and the rows on screen as a key range of the sort column's index,
 * never the whole list.
 */
export const countWorklist = (db: CacheDb, postId: string): Promise<number> =>
  db.worklist.where(WORKLIST_INDEXES.lane).between([postId, Dexie.minKey], [postId, Dexie.maxKey]).count();

/** The row as the screen shows it: a pending decision's status, and the mark. */
export const toEntry = (row: WorklistRow, marks: WorklistMarks): WorklistEntry => ({
  ...row,
  status: shownStatus(row, marks),
  pending: marks.pending.has(row.id),
});

export async function readWorklistRange(
  db: CacheDb,
  postId: string,
  sort: WorklistSort,
  marks: WorklistMarks,
  offset: number,
  limit: number,
): Promise<WorklistWindow> {
  const rows = await postRange(db, sort, postId).offset(offset).limit(limit).toArray();
  return { offset, rows: rows.map((row) => toEntry(row, marks)) };
}

/**
 * What the outbox says of the declarations, for the worklist: the newest unconfirmed decision's
 * status per declaration, by the rule viewDeclaration uses (newestOverlays, shared/sync/overlay.ts),
 * and the declarations whose decisions wait for the officer (needsAttentionQueue).
 */
export async function readWorklistMarks(outbox: OutboxDb | null): Promise<WorklistMarks> {
  if (outbox === null) return { pending: new Map(), attention: new Set() };
  const [overlays, entries] = await Promise.all([listOverlays(outbox), listOutboxEntries(outbox)]);
  const pending = new Map<string, DeclarationStatus | null>();
  for (const [id, overlay] of newestOverlays(overlays)) pending.set(id, overlay.status);
  const attention = new Set<string>(needsAttentionQueue(entries).map((entry) => entry.command.declarationId));
  return { pending, attention };
}
