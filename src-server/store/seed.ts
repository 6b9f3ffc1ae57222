import { Declaration } from '@shared/domain/declaration';
import type { Officer, Post } from '@shared/domain/post';
import type { SeedData } from '@shared/domain/seed';
import { DEMO_PASSWORD, hashPassword } from '../auth/password';
import type { Database, Queryable } from '../db/database';
import { lockChangeLog } from './change-log';

/** Rows per INSERT statement: large enough to amortise round trips on PGlite, small enough
 *  that a batch's JSON stays around a megabyte. 100,000 declarations insert in about 12 s. */
export const SEED_BATCH_SIZE = 500;

export type SeedCounts = { posts: number; officers: number; declarations: number };

/**
 * Stores generated or imported data: posts and officers are upserted, then declarations are
 * inserted straight from the iterable in batches of SEED_BATCH_SIZE, each atomic with its
 * 'created' change-log entries, so 100,000 of them never sit in memory at once. Every
 * declaration is parsed with the shared schema first; invalid data fails naming the
 * declaration and the field. Batches before a failure stay committed.
 */
export async function insertSeedData(db: Database, data: SeedData): Promise<SeedCounts> {
  // Hashed before the transaction: scrypt is deliberately slow and needs no database.
  const officers = await Promise.all(data.officers.map(withDemoPassword));
  await db.transaction(async (tx) => {
    for (const post of data.posts) await upsertPost(tx, post);
    for (const [officer, passwordHash] of officers) await upsertOfficer(tx, officer, passwordHash);
  });
  let declarations = 0;
  let batch: Declaration[] = [];
  for (const candidate of data.declarations) {
    batch.push(parseDeclaration(candidate, declarations + batch.length));
    if (batch.length === SEED_BATCH_SIZE) {
      declarations += await insertDeclarationBatch(db, batch);
      batch = [];
    }
  }
  if (batch.length > 0) declarations += await insertDeclarationBatch(db, batch);
  return { posts: data.posts.length, officers: data.officers.length, declarations };
}

/** True once any post exists: the CLI seeds demo data only into an empty database. */
export async function hasAnyPost(db: Database): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM posts) AS found');
  return rows[0]?.found === true;
}

function parseDeclaration(candidate: unknown, index: number): Declaration {
  const parsed = Declaration.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const id = describeId(candidate, index);
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`declaration ${id} is invalid: ${problems}`);
}

function describeId(candidate: unknown, index: number): string {
  if (typeof candidate === 'object' && candidate !== null && 'id' in candidate) {
    return JSON.stringify(candidate.id);
  }
  return `#${index + 1} (no id)`;
}

async function upsertPost(tx: Queryable, post: Post): Promise<void> {
  await tx.query(
    `INSERT INTO posts (id, office_code, name, name_local, jurisdiction, currency, timezone, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET office_code = excluded.office_code, name = excluded.name,
       name_local = excluded.name_local, jurisdiction = excluded.jurisdiction,
       currency = excluded.currency, timezone = excluded.timezone, demo = excluded.demo`,
    [
      post.id,
      post.officeCode,
      post.name,
      post.nameLocal,
      post.jurisdiction,
      post.currency,
      post.timezone,
      post.demo,
    ],
  );
}

/** Demo officers sign in with DEMO_PASSWORD (each with its own salt); real officers get none here. */
async function withDemoPassword(officer: Officer): Promise<[Officer, string | null]> {
  return [officer, officer.demo ? await hashPassword(DEMO_PASSWORD) : null];
}

async function upsertOfficer(tx: Queryable, officer: Officer, passwordHash: string | null): Promise<void> {
  // An existing password_hash is kept on update: re-seeding must not lock anyone out.
  await tx.query(
    `INSERT INTO officers (id, post_id, username, display_name, role, demo, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET post_id = excluded.post_id, username = excluded.username,
       display_name = excluded.display_name, role = excluded.role, demo = excluded.demo,
       password_hash = coalesce(officers.password_hash, excluded.password_hash)`,
    [
      officer.id,
      officer.postId,
      officer.username,
      officer.displayName,
      officer.role,
      officer.demo,
      passwordHash,
    ],
  );
}

/**
 * One statement per batch, in a transaction that holds the change-log lock: the rows travel as a single JSON
 * parameter (no 65,535-parameter limit, little binding overhead on PGlite) and the change-log
 * rows are written by the same statement, so a declaration never exists without its 'created'
 * entry and a failed batch leaves nothing behind.
 */
const INSERT_BATCH_SQL = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      id text, post_id text, reference text, version integer, status text, lane text,
      risk_score integer, registered_at timestamptz, doc jsonb)
  ), inserted AS (
    INSERT INTO declarations (id, post_id, reference, version, status, lane, risk_score, registered_at, doc)
    SELECT id, post_id, reference, version, status, lane, risk_score, registered_at, doc FROM input
    RETURNING id, post_id, version
  ), logged AS (
    INSERT INTO change_log (declaration_id, post_id, version, kind)
    SELECT id, post_id, version, 'created' FROM inserted ORDER BY id
    RETURNING 1
  )
  SELECT count(*)::integer AS count FROM logged`;

async function insertDeclarationBatch(db: Database, batch: readonly Declaration[]): Promise<number> {
  const rows = batch.map((d) => ({
    id: d.id,
    post_id: d.postId,
    reference: d.reference,
    version: d.version,
    status: d.status,
    lane: d.lane,
    risk_score: d.riskScore,
    registered_at: d.registeredAt,
    doc: d,
  }));
  try {
    const inserted = await db.transaction(async (tx) => {
      // Seeding appends to the change log too, so it keeps seq order equal to commit order.
      await lockChangeLog(tx);
      return tx.query<{ count: number }>(INSERT_BATCH_SQL, [JSON.stringify(rows)]);
    });
    return inserted[0]?.count ?? 0;
  } catch (error) {
    const range = `${batch[0]?.id} to ${batch.at(-1)?.id}`;
    throw new Error(`inserting declarations ${range} failed: ${describeDbError(error)}`, { cause: error });
  }
}

/** Both drivers put PostgreSQL's explanation ("Key (id)=(X) already exists.") in `detail`. */
function describeDbError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = 'detail' in error && typeof error.detail === 'string' ? ` (${error.detail})` : '';
  return `${error.message}${detail}`;
}
