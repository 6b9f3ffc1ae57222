import type { DecisionEntry } from '@shared/api/decision-history';
import type { Declaration, DeclarationId } from '@shared/domain';
import type { CacheDb, DecisionRow } from './cache-db';
import { putLastSyncAt, putSnapshotProgress, type SnapshotProgress } from './meta-repo';

export function listDeclarationsForPost(db: CacheDb, postId: string): Promise<Declaration[]> {
  return db.declarations.where('postId').equals(postId).toArray();
}

export function countDeclarationsForPost(db: CacheDb, postId: string): Promise<number> {
  return db.declarations.where('postId').equals(postId).count();
}

export async function getDeclaration(db: CacheDb, id: DeclarationId): Promise<Declaration | null> {
  return (await db.declarations.get(id)) ?? null;
}

/** The decisions applied to a declaration, oldest first, as the post's devices see them (issue 9). */
export async function listDecisionHistory(db: CacheDb, declarationId: DeclarationId): Promise<DecisionRow[]> {
  const rows = await db.decisions.where('declarationId').equals(declarationId).toArray();
  return rows.sort((a, b) => a.declarationVersion - b.declarationVersion);
}

export type SnapshotPageWrite = {
  declarations: Declaration[];
  /** The decisions applied to the page's declarations. */
  history?: readonly DecisionEntry[];
  progress: SnapshotProgress;
  /** True for the first page of a new snapshot: what the cache held for the post is replaced. */
  replacePost: boolean;
};

/**
 * Stores one snapshot page and the progress that covers it in one transaction: either both are
 * on disk or neither, so a resumed download never skips or double-counts a page. Only IndexedDB
 * work happens inside (DESIGN.md: never await anything else in a Dexie transaction).
 */
export async function writeSnapshotPage(db: CacheDb, write: SnapshotPageWrite): Promise<void> {
  const { declarations, progress, replacePost } = write;
  const history = write.history ?? [];
  await db.transaction('rw', [db.declarations, db.decisions, db.meta], async () => {
    if (replacePost) {
      await db.declarations.where('postId').equals(progress.postId).delete();
      await db.decisions.where('postId').equals(progress.postId).delete();
    }
    await db.declarations.bulkPut(declarations);
    await db.decisions
      .where('declarationId')
      .anyOf(declarations.map((d) => d.id))
      .delete();
    await db.decisions.bulkPut(history.map((entry) => ({ ...entry, postId: progress.postId })));
    await putSnapshotProgress(db, progress);
    if (progress.complete) await putLastSyncAt(db, progress.postId, progress.updatedAt);
  });
}
