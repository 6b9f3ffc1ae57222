import { Dexie, type EntityTable } from 'dexie';

export const OUTBOX_DB_NAME = 'border-post-outbox';

export type OutboxState = 'pending' | 'sending' | 'applied' | 'duplicate' | 'conflict' | 'rejected';

/**
 * A decision command waiting to be pushed. Issue 4 fills in the command itself; the indexed
 * fields are fixed now so version 1 of the schema does not change under them.
 */
export type OutboxDecision = {
  decisionId: string;
  seq: number;
  declarationId: string;
  state: OutboxState;
};

export type OutboxDb = Dexie & { decisions: EntityTable<OutboxDecision, 'decisionId'> };

/**
 * The outbox holds officers' decisions, which exist nowhere else until pushed: every transaction
 * is flushed to disk before it reports success ('strict'), unlike the cache.
 */
export function openOutboxDb(name: string = OUTBOX_DB_NAME): OutboxDb {
  // Dexie's documented typing: the table exists once version().stores() has declared it.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OutboxDb;
  db.version(1).stores({ decisions: 'decisionId, seq, declarationId, state' });
  return db;
}
