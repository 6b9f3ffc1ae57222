import { NO_PROGRESS, type DeviceProgress } from '@shared/api/sync-v1';
import type { Queryable } from '../db/database';

// A device's progress is kept per device AND officer (issue 8): a sign-in with someone else's
// deviceId (a cloned browser profile, a disk image, or on purpose) gets a row of its own and can
// neither read, move nor inflate the rightful officer's. Officers who take turns on one shared
// workstation each have theirs, and each pushes only their own decisions.

export type DeviceOfficer = { deviceId: string; officerId: string };

const PROGRESS_COLUMNS = 'last_processed_seq::text AS seq, processed_count::text AS count';
type ProgressRow = { seq: string; count: string };

function progressOf(row: ProgressRow | undefined): DeviceProgress {
  return row === undefined
    ? NO_PROGRESS
    : { lastProcessedSeq: Number(row.seq), processedCount: Number(row.count) };
}

/** Registers the officer on the device at sign-in; an existing row is left as it is. */
export async function registerDeviceOfficer(db: Queryable, key: DeviceOfficer): Promise<void> {
  await db.query(
    `INSERT INTO devices (device_id, officer_id) VALUES ($1, $2)
     ON CONFLICT (device_id, officer_id) DO NOTHING`,
    [key.deviceId, key.officerId],
  );
}

/**
 * Counts one claimed command, in the transaction that claims it: the count and the highest seq
 * move together with the dedupe record, so a backup's progress always matches the decisions it
 * holds, and a command that was refused (never claimed) moves nothing.
 */
export async function countClaim(tx: Queryable, key: DeviceOfficer, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO devices (device_id, officer_id, last_processed_seq, processed_count) VALUES ($1, $2, $3, 1)
     ON CONFLICT (device_id, officer_id) DO UPDATE SET
       processed_count = devices.processed_count + 1,
       last_processed_seq = greatest(devices.last_processed_seq, excluded.last_processed_seq)`,
    [key.deviceId, key.officerId, seq],
  );
}

/** The officer's progress on the device; none yet reads as NO_PROGRESS. */
export async function readProgress(db: Queryable, key: DeviceOfficer): Promise<DeviceProgress> {
  const rows = await db.query<ProgressRow>(
    `SELECT ${PROGRESS_COLUMNS} FROM devices WHERE device_id = $1 AND officer_id = $2`,
    [key.deviceId, key.officerId],
  );
  return progressOf(rows[0]);
}
