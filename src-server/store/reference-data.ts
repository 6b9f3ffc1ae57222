import { createHash } from 'node:crypto';
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';
import type { Database, Queryable } from '../db/database';

export type ReferenceDocument = { version: number; etag: string; body: string };

/** A strong ETag: the hash of the exact bytes served. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/**
 * Publishes a document as the next version. Publishing the same content again is a no-op
 * returning the current version, so one ETag always means one version.
 */
export async function publishReferenceData(
  db: Database,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
  document: unknown,
): Promise<ReferenceDocument> {
  const body = JSON.stringify(document);
  const etag = etagOf(body);
  return db.transaction(async (tx) => {
    // Serialises publishers of one document so two never take the same version number.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reference:${kind}:${jurisdiction}`]);
    const latest = await latestReferenceData(tx, kind, jurisdiction);
    if (latest?.etag === etag) return latest;
    const version = (latest?.version ?? 0) + 1;
    await tx.query(
      'INSERT INTO reference_data (kind, jurisdiction, version, etag, body) VALUES ($1, $2, $3, $4, $5)',
      [kind, jurisdiction, version, etag, body],
    );
    return { version, etag, body };
  });
}

export async function latestReferenceData(
  db: Queryable,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
): Promise<ReferenceDocument | null> {
  const rows = await db.query<ReferenceDocument>(
    `SELECT version, etag, body FROM reference_data WHERE kind = $1 AND jurisdiction = $2
     ORDER BY version DESC LIMIT 1`,
    [kind, jurisdiction],
  );
  return rows[0] ?? null;
}
