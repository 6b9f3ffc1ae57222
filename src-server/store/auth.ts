import { randomUUID } from 'node:crypto';
import { Officer } from '@shared/domain/post';
import type { Result } from '@shared/util/result';
import { hashPassword } from '../auth/password';
import { hashRefreshToken, newRefreshToken, REFRESH_TOKEN_TTL_MS } from '../auth/tokens';
import type { Database, Queryable } from '../db/database';
import { registerDeviceOfficer } from './device-progress';

type OfficerRow = {
  id: string;
  post_id: string;
  username: string;
  display_name: string;
  role: string;
  demo: boolean;
  password_hash: string | null;
};

const OFFICER_COLUMNS = 'id, post_id, username, display_name, role, demo, password_hash';

function toOfficer(row: OfficerRow): Officer {
  return Officer.parse({
    id: row.id,
    postId: row.post_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    demo: row.demo,
  });
}

/** The officer and stored hash for a login attempt; null hash when unknown or without password. */
export async function findCredentials(
  db: Queryable,
  username: string,
): Promise<{ officer: Officer | null; passwordHash: string | null }> {
  const rows = await db.query<OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE username = $1`, [
    username,
  ]);
  const row = rows[0];
  return row === undefined
    ? { officer: null, passwordHash: null }
    : { officer: toOfficer(row), passwordHash: row.password_hash };
}

export async function findOfficer(db: Queryable, officerId: string): Promise<Officer | null> {
  const rows = await db.query<OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE id = $1`, [
    officerId,
  ]);
  return rows[0] === undefined ? null : toOfficer(rows[0]);
}

export async function setOfficerPassword(db: Queryable, officerId: string, password: string): Promise<void> {
  await db.query('UPDATE officers SET password_hash = $2 WHERE id = $1', [
    officerId,
    await hashPassword(password),
  ]);
}

/**
 * Starts a refresh-token family for a new sign-in and registers the officer on the device. The
 * device is never taken from anyone: progress is kept per device and officer (device-progress.ts).
 * The family's id is the session id its access tokens carry.
 */
export async function startSession(
  db: Database,
  officerId: string,
  deviceId: string,
  now: Date,
): Promise<{ refreshToken: string; sessionId: string }> {
  const { token, hash } = newRefreshToken();
  const sessionId = randomUUID();
  await db.transaction(async (tx) => {
    await registerDeviceOfficer(tx, { deviceId, officerId });
    await insertRefreshToken(tx, hash, sessionId, officerId, deviceId, now);
  });
  return { refreshToken: token, sessionId };
}

async function insertRefreshToken(
  tx: Queryable,
  hash: string,
  familyId: string,
  officerId: string,
  deviceId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO refresh_tokens (token_hash, family_id, officer_id, device_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      hash,
      familyId,
      officerId,
      deviceId,
      now.toISOString(),
      new Date(now.getTime() + REFRESH_TOKEN_TTL_MS).toISOString(),
    ],
  );
}

export type RefreshError =
  | { reason: 'UNKNOWN' }
  /** The token, or its sign-in, is past its lifetime: sign in again. */
  | { reason: 'EXPIRED' }
  /** Presented twice: the session is revoked, and streams of it must end too. */
  | { reason: 'REUSED'; sessionId: string };

export type Rotated = { officerId: string; refreshToken: string; sessionId: string; startedAt: Date };

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
 * Presenting a spent token means two parties hold it (one of them a thief), so the whole family
 * is revoked and both must sign in again. A family older than `lifetimeMs` rotates no more,
 * however recently it was refreshed: the sign-in has an absolute end.
 */
export async function rotateRefreshToken(
  db: Database,
  token: string,
  deviceId: string,
  now: Date,
  lifetimeMs: number,
): Promise<Result<Rotated, RefreshError>> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{
      family_id: string;
      officer_id: string;
      device_id: string;
      started_at: Date | string;
      expired: boolean;
      rotated: boolean;
      revoked: boolean;
    }>(
      `SELECT family_id, officer_id, device_id, expires_at <= $2 AS expired,
              rotated_at IS NOT NULL AS rotated, revoked_at IS NOT NULL AS revoked,
              (SELECT min(created_at) FROM refresh_tokens f WHERE f.family_id = t.family_id) AS started_at
       FROM refresh_tokens t WHERE token_hash = $1 FOR UPDATE`,
      [hashRefreshToken(token), now.toISOString()],
    );
    const row = rows[0];
    if (row === undefined || row.device_id !== deviceId) return { ok: false, error: { reason: 'UNKNOWN' } };
    const sessionId = row.family_id;
    if (row.revoked) return { ok: false, error: { reason: 'REUSED', sessionId } };
    if (row.rotated) {
      await tx.query(
        'UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL',
        [sessionId, now.toISOString()],
      );
      return { ok: false, error: { reason: 'REUSED', sessionId } };
    }
    const startedAt = new Date(row.started_at);
    if (row.expired || startedAt.getTime() + lifetimeMs <= now.getTime()) {
      return { ok: false, error: { reason: 'EXPIRED' } };
    }
    await tx.query('UPDATE refresh_tokens SET rotated_at = $2 WHERE token_hash = $1', [
      hashRefreshToken(token),
      now.toISOString(),
    ]);
    const next = newRefreshToken();
    await insertRefreshToken(tx, next.hash, sessionId, row.officer_id, deviceId, now);
    return { ok: true, value: { officerId: row.officer_id, refreshToken: next.token, sessionId, startedAt } };
  });
}

/**
 * Signing out: revokes the family of the presented refresh token, if it is this device's, and
 * answers its session id (null for a token it does not know). The endpoint stays quiet about
 * unknown tokens, so it tells nobody which tokens exist.
 */
export async function endSession(
  db: Queryable,
  token: string,
  deviceId: string,
  now: Date,
): Promise<string | null> {
  const rows = await db.query<{ family_id: string }>(
    'SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND device_id = $2',
    [hashRefreshToken(token), deviceId],
  );
  const sessionId = rows[0]?.family_id ?? null;
  if (sessionId === null) return null;
  await db.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL', [
    sessionId,
    now.toISOString(),
  ]);
  return sessionId;
}

/** Revokes every refresh token of an officer (access revoked, password reset). */
export async function revokeOfficerSessions(db: Queryable, officerId: string, now: Date): Promise<void> {
  await db.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE officer_id = $1 AND revoked_at IS NULL', [
    officerId,
    now.toISOString(),
  ]);
}

/**
 * Whether a sign-in still stands: started less than `lifetimeMs` ago, and none of its tokens
 * revoked (signing out, a reused refresh token and revokeOfficerSessions all revoke). Access
 * tokens are checked against it on every request, so they stop working the moment it ends.
 */
export async function isSessionLive(
  db: Queryable,
  sessionId: string,
  now: Date,
  lifetimeMs: number,
): Promise<boolean> {
  const rows = await db.query<{ live: boolean | null }>(
    `SELECT count(*) > 0 AND count(revoked_at) = 0 AND min(created_at) > $2 AS live
     FROM refresh_tokens WHERE family_id = $1`,
    [sessionId, new Date(now.getTime() - lifetimeMs).toISOString()],
  );
  return rows[0]?.live === true;
}
