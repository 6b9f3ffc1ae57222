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
 */
export async function startSession(
  db: Database,
  officerId: string,
  deviceId: string,
  now: Date,
): Promise<{ refreshToken: string }> {
  const { token, hash } = newRefreshToken();
  await db.transaction(async (tx) => {
    await registerDeviceOfficer(tx, { deviceId, officerId });
    await insertRefreshToken(tx, hash, randomUUID(), officerId, deviceId, now);
  });
  return { refreshToken: token };
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

export type RefreshError = 'UNKNOWN' | 'REUSED' | 'EXPIRED';

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
 * Presenting a spent token means two parties hold it (one of them a thief), so the whole family
 * is revoked and both must sign in again.
 */
export async function rotateRefreshToken(
  db: Database,
  token: string,
  deviceId: string,
  now: Date,
): Promise<Result<{ officerId: string; refreshToken: string }, RefreshError>> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{
      family_id: string;
      officer_id: string;
      device_id: string;
      expired: boolean;
      rotated: boolean;
      revoked: boolean;
    }>(
      `SELECT family_id, officer_id, device_id, expires_at <= $2 AS expired,
              rotated_at IS NOT NULL AS rotated, revoked_at IS NOT NULL AS revoked
       FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashRefreshToken(token), now.toISOString()],
    );
    const row = rows[0];
    if (row === undefined || row.device_id !== deviceId) return { ok: false, error: 'UNKNOWN' };
    if (row.revoked) return { ok: false, error: 'REUSED' };
    if (row.rotated) {
      await tx.query(
        'UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL',
        [row.family_id, now.toISOString()],
      );
      return { ok: false, error: 'REUSED' };
    }
    if (row.expired) return { ok: false, error: 'EXPIRED' };
    await tx.query('UPDATE refresh_tokens SET rotated_at = $2 WHERE token_hash = $1', [
      hashRefreshToken(token),
      now.toISOString(),
    ]);
    const next = newRefreshToken();
    await insertRefreshToken(tx, next.hash, row.family_id, row.officer_id, deviceId, now);
    return { ok: true, value: { officerId: row.officer_id, refreshToken: next.token } };
  });
}

/**
 * Signing out: revokes the family of the presented refresh token, if it is this device's. Quiet
 * about unknown tokens, so the endpoint tells nobody which tokens exist.
 */
export async function endSession(db: Queryable, token: string, deviceId: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = $3
     WHERE revoked_at IS NULL AND family_id = (
       SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND device_id = $2)`,
    [hashRefreshToken(token), deviceId, now.toISOString()],
  );
}

/** Revokes every refresh token of an officer (access revoked, password reset). */
export async function revokeOfficerSessions(db: Queryable, officerId: string, now: Date): Promise<void> {
  await db.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE officer_id = $1 AND revoked_at IS NULL', [
    officerId,
    now.toISOString(),
  ]);
}
