import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { DeviceProgress } from '@shared/api';
import type { OutboxEntry, OutboxMeta, StatusOverlay } from '@shared/sync';

export const OUTBOX_DB_NAME = 'border-post-outbox';

/** The newest outbox schema this build knows; a database at a higher version is refused. */
export const OUTBOX_DB_VERSION = 3;

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
 * The meta row of version 2: one device-wide progress high-water mark (`serverCountHighWater`
 * came later without a version, so older rows lack it). Spelled out so that version 2's upgrade
 * keeps writing what it always wrote.
 */
type MetaV2 = Pick<OutboxMeta, 'lastSeq' | 'lastDecisionId' | 'serverTimeHighWaterMs'> & {
  serverSeqHighWater: number;
  serverCountHighWater?: number;
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
  const meta: MetaV2 = {
    lastSeq,
    lastDecisionId: null,
    serverSeqHighWater: 0,
    serverCountHighWater: 0,
    serverTimeHighWaterMs: null,
  };
  await tx.table<OutboxMetaRow, string>('meta').put({ key: OUTBOX_META_KEY, value: meta });
}

/**
 * Version 2 → 3: the server keeps progress per device and officer, so the device keeps its
 * high-water marks per officer (`serverProgress`). The device-wide marks cannot be split among
 * officers, so each officer with decisions on the device gets them whole. That can only overstate
 * what the server confirmed of theirs: their first check after the update reads as a restore and
 * re-queues what they hold above the server's numbers, and the re-push is answered DUPLICATE
 * (once; the marks then come down to the server's). Dropping the marks instead would miss a real
 * restore that fell between the last check before the update and the first one after it.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const metaTable = tx.table<OutboxMetaRow, string>('meta');
  // The row version 2 wrote (upgradeToV2, or the store since).
  const stored = (await metaTable.get(OUTBOX_META_KEY))?.value as MetaV2 | undefined;
  if (stored === undefined) return;
  const deviceWide: DeviceProgress = {
    lastProcessedSeq: stored.serverSeqHighWater,
    processedCount: stored.serverCountHighWater ?? 0,
  };
  const officers = new Set<string>();
  await tx.table<OutboxDecision, string>('decisions').each((row) => {
    if (row.entry) officers.add(row.entry.command.officerId);
  });
  const meta: OutboxMeta = {
    lastSeq: stored.lastSeq,
    lastDecisionId: stored.lastDecisionId,
    serverProgress: Object.fromEntries([...officers].map((officer) => [officer, deviceWide])),
    serverTimeHighWaterMs: stored.serverTimeHighWaterMs,
  };
  await metaTable.put({ key: OUTBOX_META_KEY, value: meta });
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
  db.version(3).stores({}).upgrade(upgradeToV3);
  return db;
}
