import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { OutboxEntry, OutboxMeta, StatusOverlay } from '@shared/sync';
import { emptyOutboxMeta } from '@shared/sync';

export const OUTBOX_DB_NAME = 'border-post-outbox';

/** The newest outbox schema this build knows; a database at a higher version is refused. */
export const OUTBOX_DB_VERSION = 2;

/** Version 1's states; version 2 stores the core's states (`OutboxEntryState`). */
export type OutboxState = 'pending' | 'sending' | 'applied' | 'duplicate' | 'conflict' | 'rejected';

/**
 * One row of the `decisions` table. The indexed fields are fixed since version 1; version 2 adds
 * `entry`, the whole OutboxEntry (command, outcome, attention flags). A row written by version 1
 * has no `entry`: it is kept (the outbox never loses a row) but cannot be pushed. Fields added to
 * OutboxEntry since (`serverFailures`) are not indexed and need no version: an entry stored
 * without one reads as its absence means (no failures).
 */
export type OutboxDecision = {
  decisionId: string;
  seq: number;
  declarationId: string;
  state: OutboxState | OutboxEntry['state'];
  entry?: OutboxEntry;
};

/** Key/value rows: `outbox` → OutboxMeta, `deviceId` → string. */
export type OutboxMetaRow = { key: string; value: unknown };

export type OutboxDb = Dexie & {
  decisions: EntityTable<OutboxDecision, 'decisionId'>;
  overlays: EntityTable<StatusOverlay, 'decisionId'>;
  meta: EntityTable<OutboxMetaRow, 'key'>;
};

export const OUTBOX_META_KEY = 'outbox';
export const DEVICE_ID_KEY = 'deviceId';

const v1StateToV2: Record<OutboxState, OutboxEntry['state']> = {
  pending: 'pending',
  sending: 'in-flight',
  applied: 'applied',
  duplicate: 'applied',
  conflict: 'conflict',
  rejected: 'rejected',
};

/**
 * Version 1 → 2: the states take the core's names and the meta row starts at the highest seq
 * already used, so a seq is never handed out twice. No row is deleted.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  let lastSeq = 0;
  await tx
    .table<OutboxDecision, string>('decisions')
    .toCollection()
    .modify((row) => {
      lastSeq = Math.max(lastSeq, row.seq);
      if (row.state in v1StateToV2) row.state = v1StateToV2[row.state as OutboxState];
    });
  const meta: OutboxMeta = { ...emptyOutboxMeta, lastSeq };
  await tx.table<OutboxMetaRow, string>('meta').put({ key: OUTBOX_META_KEY, value: meta });
}

/**
 * The outbox holds officers' decisions, which exist nowhere else until pushed: every transaction
 * is flushed to disk before it reports success ('strict'), unlike the cache. Versions are
 * append-only: add the next one below, never edit a published one.
 */
export function openOutboxDb(name: string = OUTBOX_DB_NAME): OutboxDb {
  // Dexie's documented typing: the tables exist once version().stores() has declared them.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OutboxDb;
  db.version(1).stores({ decisions: 'decisionId, seq, declarationId, state' });
  db.version(2).stores({ overlays: 'decisionId, declarationId', meta: 'key' }).upgrade(upgradeToV2);
  return db;
}
