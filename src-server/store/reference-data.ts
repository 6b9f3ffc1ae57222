import { createHash } from 'node:crypto';
import {
  ReferencePack,
  type PackOf,
  type ReferenceKind,
  type ReferenceManifest,
} from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';
import type { Database, Queryable } from '../db/database';

export type ReferenceDocument = { version: number; etag: string; body: string };

/** A strong ETag: the hash of the exact bytes served. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/** A document that is not a pack of the kind and jurisdiction it is published as. */
export class InvalidReferencePackError extends Error {
  constructor(kind: ReferenceKind, jurisdiction: Jurisdiction, why: string) {
    super(`cannot publish ${kind} for ${jurisdiction}: ${why}`);
    this.name = 'InvalidReferencePackError';
  }
}

/** Checks a document against the pack schema of its kind before anyone can download it. */
function validPack<K extends ReferenceKind>(
  kind: K,
  jurisdiction: Jurisdiction,
  document: unknown,
): PackOf<K> {
  const parsed = ReferencePack.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new InvalidReferencePackError(
      kind,
      jurisdiction,
      `not a reference pack${where}: ${issue?.message ?? ''}`,
    );
  }
  if (parsed.data.kind !== kind)
    throw new InvalidReferencePackError(kind, jurisdiction, `the document is a ${parsed.data.kind} pack`);
  if (parsed.data.jurisdiction !== jurisdiction)
    throw new InvalidReferencePackError(kind, jurisdiction, `the pack is for ${parsed.data.jurisdiction}`);
  return parsed.data as PackOf<K>;
}

export type PublishOptions = {
  /** Hash of the source files the pack was built from, so an unchanged start can skip the import. */
  inputsHash?: string;
};

/**
 * Publishes a pack as the next version, after checking it against its kind's schema. Publishing
 * the same content again is a no-op returning the current version, so one ETag always means one
 * version.
 */
export async function publishReferenceData(
  db: Database,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
  document: unknown,
  options: PublishOptions = {},
): Promise<ReferenceDocument> {
  const pack = validPack(kind, jurisdiction, document);
  const body = JSON.stringify(document);
  const etag = etagOf(body);
  return db.transaction(async (tx) => {
    // Serialises publishers of one document so two never take the same version number.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reference:${kind}:${jurisdiction}`]);
    const latest = await latestReferenceData(tx, kind, jurisdiction);
    if (latest?.etag === etag) {
      if (options.inputsHash !== undefined)
        await tx.query(
          'UPDATE reference_data SET inputs_hash = $4 WHERE kind = $1 AND jurisdiction = $2 AND version = $3',
          [kind, jurisdiction, latest.version, options.inputsHash],
        );
      return latest;
    }
    const version = (latest?.version ?? 0) + 1;
    await tx.query(
      `INSERT INTO reference_data
         (kind, jurisdiction, version, etag, body, label, source_published_at, inputs_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [kind, jurisdiction, version, etag, body, pack.label, pack.publishedAt, options.inputsHash ?? null],
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

/** One published version, current or past: what a verifier needs to reproduce an assessment. */
export async function referenceDataAt(
  db: Queryable,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
  version: number,
): Promise<ReferenceDocument | null> {
  const rows = await db.query<ReferenceDocument>(
    'SELECT version, etag, body FROM reference_data WHERE kind = $1 AND jurisdiction = $2 AND version = $3',
    [kind, jurisdiction, version],
  );
  return rows[0] ?? null;
}

/** The current version and the source-file hash recorded with it (null when none was recorded). */
export async function latestPublication(
  db: Queryable,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
): Promise<{ version: number; inputsHash: string | null } | null> {
  const rows = await db.query<{ version: number; inputs_hash: string | null }>(
    `SELECT version, inputs_hash FROM reference_data WHERE kind = $1 AND jurisdiction = $2
     ORDER BY version DESC LIMIT 1`,
    [kind, jurisdiction],
  );
  const row = rows[0];
  return row === undefined ? null : { version: row.version, inputsHash: row.inputs_hash };
}

const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The current version of every published kind for a jurisdiction, without reading the bodies. */
export async function referenceManifest(
  db: Queryable,
  jurisdiction: Jurisdiction,
): Promise<ReferenceManifest> {
  const rows = await db.query<{
    kind: ReferenceKind;
    version: number;
    etag: string;
    label: string;
    published_at: string;
    bytes: number;
  }>(
    `SELECT DISTINCT ON (kind) kind, version, etag, label,
       to_char(coalesce(source_published_at, published_at) AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS published_at,
       octet_length(body)::integer AS bytes
     FROM reference_data WHERE jurisdiction = $1
     ORDER BY kind, version DESC`,
    [jurisdiction],
  );
  return {
    jurisdiction,
    packs: rows.map((row) => ({
      kind: row.kind,
      version: row.version,
      etag: row.etag,
      label: row.label,
      publishedAt: row.published_at,
      bytes: row.bytes,
    })),
  };
}

// Parsed packs by ETag: a version's content never changes, and one ETag is one content, so a
// cached parse can never be stale. A handful of entries: a verifier works with the current
// versions and the odd superseded one.
const PACK_CACHE_SIZE = 8;
const packCache = new Map<string, ReferencePack>();

/**
 * One published pack, parsed and checked against its schema: the current version, or `version`
 * when given. Null when nothing is published under that version. Parses are cached in memory.
 */
export async function loadPack<K extends ReferenceKind>(
  db: Queryable,
  kind: K,
  jurisdiction: Jurisdiction,
  version?: number,
): Promise<{ version: number; etag: string; pack: PackOf<K> } | null> {
  const heads = await db.query<{ version: number; etag: string }>(
    version === undefined
      ? `SELECT version, etag FROM reference_data WHERE kind = $1 AND jurisdiction = $2
         ORDER BY version DESC LIMIT 1`
      : 'SELECT version, etag FROM reference_data WHERE kind = $1 AND jurisdiction = $2 AND version = $3',
    version === undefined ? [kind, jurisdiction] : [kind, jurisdiction, version],
  );
  const head = heads[0];
  if (head === undefined) return null;
  const cached = packCache.get(head.etag);
  if (cached !== undefined) {
    packCache.delete(head.etag);
    packCache.set(head.etag, cached);
    return { ...head, pack: cached as PackOf<K> };
  }
  const document = await referenceDataAt(db, kind, jurisdiction, head.version);
  if (document === null) return null;
  const pack = validPack(kind, jurisdiction, JSON.parse(document.body));
  packCache.set(document.etag, pack);
  if (packCache.size > PACK_CACHE_SIZE) packCache.delete(packCache.keys().next().value as string);
  return { version: document.version, etag: document.etag, pack };
}
