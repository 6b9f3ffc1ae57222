import { Declaration } from '@shared/domain/declaration';
import type { PostId } from '@shared/domain/ids';
import type { Database, Queryable } from '../db/database';
import { diffMaterial } from '../sync/material';
import { appendChanges } from './change-log';

// Changes to declarations from outside the officer's decisions: the declarant amends, the
// authority withdraws or moves a declaration. Each bumps the version and logs the change in the
// same transaction, so pulls see it. Used by tests and the chaos suite; an admin API comes later.

export type StoredDeclaration = { declaration: Declaration; withdrawn: boolean };

/** Reads a declaration and locks its row until the transaction ends. */
export async function loadForUpdate(tx: Queryable, id: string): Promise<StoredDeclaration | null> {
  const rows = await tx.query<{ doc: Declaration; withdrawn: boolean }>(
    'SELECT doc, withdrawn_at IS NOT NULL AS withdrawn FROM declarations WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  return row === undefined ? null : { declaration: row.doc, withdrawn: row.withdrawn };
}

/** Writes a new version of the document and its query columns. */
export async function saveDeclaration(tx: Queryable, declaration: Declaration): Promise<void> {
  await tx.query(
    `UPDATE declarations SET post_id = $2, version = $3, status = $4, lane = $5, risk_score = $6, doc = $7
     WHERE id = $1`,
    [
      declaration.id,
      declaration.postId,
      declaration.version,
      declaration.status,
      declaration.lane,
      declaration.riskScore,
      JSON.stringify(declaration),
    ],
  );
}

async function mustLoad(tx: Queryable, id: string): Promise<StoredDeclaration> {
  const stored = await loadForUpdate(tx, id);
  if (stored === null) throw new Error(`declaration ${id} does not exist`);
  return stored;
}

export type DeclarationPatch = Partial<
  Pick<
    Declaration,
    'items' | 'valuation' | 'parties' | 'lane' | 'transport' | 'documents' | 'riskScore' | 'riskHits'
  >
>;

/** The declarant's amendment: a new version, its material diff recorded for AMENDED_SINCE_VIEWED. */
export async function amendDeclaration(
  db: Database,
  id: string,
  patch: DeclarationPatch,
): Promise<Declaration> {
  return db.transaction(async (tx) => {
    const { declaration: before } = await mustLoad(tx, id);
    const after = Declaration.parse({ ...before, ...patch, version: before.version + 1 });
    await saveDeclaration(tx, after);
    await tx.query(
      'INSERT INTO declaration_amendments (declaration_id, version, changes) VALUES ($1, $2, $3)',
      [id, after.version, JSON.stringify(diffMaterial(before, after))],
    );
    await appendChanges(tx, [
      { kind: 'upsert', declarationId: id, postId: after.postId, version: after.version },
    ]);
    return after;
  });
}

/** Withdrawn by the declarant: it leaves snapshots, and the post's devices get a tombstone. */
export function withdrawDeclaration(db: Database, id: string): Promise<void> {
  return removeFromPost(db, id, 'withdrawn');
}

/** Leaves its post's snapshots and sends that post's devices a tombstone with `reason`. */
async function removeFromPost(
  db: Database,
  id: string,
  reason: 'withdrawn' | 'access-revoked',
): Promise<void> {
  await db.transaction(async (tx) => {
    const { declaration } = await mustLoad(tx, id);
    const version = declaration.version + 1;
    await saveDeclaration(tx, { ...declaration, version });
    await tx.query('UPDATE declarations SET withdrawn_at = now() WHERE id = $1', [id]);
    await appendChanges(tx, [
      { kind: 'tombstone', declarationId: id, postId: declaration.postId, version, reason },
    ]);
  });
}

/** Moved to another post: a tombstone 'reassigned' for the old post, an upsert for the new one. */
export async function reassignDeclaration(db: Database, id: string, toPost: PostId): Promise<Declaration> {
  return db.transaction(async (tx) => {
    const { declaration } = await mustLoad(tx, id);
    const moved = Declaration.parse({ ...declaration, postId: toPost, version: declaration.version + 1 });
    await saveDeclaration(tx, moved);
    await appendChanges(tx, [
      {
        kind: 'tombstone',
        declarationId: id,
        postId: declaration.postId,
        version: moved.version,
        reason: 'reassigned',
      },
      { kind: 'upsert', declarationId: id, postId: toPost, version: moved.version },
    ]);
    return moved;
  });
}

/**
 * A post loses access to a declaration without it moving anywhere (e.g. a restricted case taken
 * over by an investigation unit): tombstone 'access-revoked' for that post.
 */
export function revokePostAccess(db: Database, id: string): Promise<void> {
  return removeFromPost(db, id, 'access-revoked');
}
