import { liveQuery } from 'dexie';
import type { DecisionCommand } from '@shared/domain';
import {
  emptyOutboxMeta,
  optimisticStatus,
  type OutboxEntry,
  type OutboxMeta,
  type OutboxSnapshot,
  type StatusOverlay,
} from '@shared/sync';
import type { CacheDb } from './cache-db';
import { DexieSyncStore } from './dexie-sync-store';
import { OUTBOX_META_KEY, type OutboxDb } from './outbox-db';

/** Calls `onChange` with the outbox whenever it changes (any window), until unsubscribed. */
export function watchOutbox(
  outbox: OutboxDb,
  cache: CacheDb,
  onChange: (snapshot: OutboxSnapshot) => void,
): () => void {
  // The cache side is not read here, so the post does not matter.
  const store = new DexieSyncStore(outbox, cache, '');
  const subscription = liveQuery(() => store.readOutbox()).subscribe({ next: onChange, error: () => {} });
  return () => subscription.unsubscribe();
}

/** Every decision id the outbox holds, rows from schema 1 included. */
export async function outboxDecisionIds(outbox: OutboxDb): Promise<string[]> {
  return (await outbox.decisions.orderBy('seq').primaryKeys()).map(String);
}

/**
 * Puts back decisions the journal has and the outbox lost (shared/journal/reconcile.ts), as
 * pending, with their overlays; seq and id high-waters move up so nothing is reused.
 */
export async function restoreFromJournal(
  outbox: OutboxDb,
  commands: readonly DecisionCommand[],
): Promise<void> {
  if (commands.length === 0) return;
  await outbox.transaction('rw', [outbox.decisions, outbox.overlays, outbox.meta], async () => {
    const stored = (await outbox.meta.get(OUTBOX_META_KEY))?.value;
    let meta: OutboxMeta = {
      ...emptyOutboxMeta,
      ...(typeof stored === 'object' && stored !== null ? stored : {}),
    };
    for (const command of commands) {
      if (await outbox.decisions.get(command.decisionId)) continue;
      await outbox.decisions.put({
        decisionId: command.decisionId,
        seq: command.seq,
        declarationId: command.declarationId,
        state: 'pending',
        entry: { command, state: 'pending', attempts: 0, needsAttention: false, attentionShown: false },
      });
      await outbox.overlays.put({
        decisionId: command.decisionId,
        declarationId: command.declarationId,
        seq: command.seq,
        kind: command.kind,
        status: optimisticStatus(command.kind),
      });
      meta = {
        ...meta,
        lastSeq: Math.max(meta.lastSeq, command.seq),
        lastDecisionId:
          meta.lastDecisionId === null || command.decisionId > meta.lastDecisionId
            ? command.decisionId
            : meta.lastDecisionId,
      };
    }
    await outbox.meta.put({ key: OUTBOX_META_KEY, value: meta });
  });
}

/** The status overlays of decisions not yet confirmed, for the worklist and the detail page. */
export function listOverlays(outbox: OutboxDb): Promise<StatusOverlay[]> {
  return outbox.overlays.toArray();
}

/** The outbox's entries in seq order (rows from schema 1, which carry no command, are skipped). */
export async function listOutboxEntries(outbox: OutboxDb): Promise<OutboxEntry[]> {
  const rows = await outbox.decisions.orderBy('seq').toArray();
  return rows.flatMap((row) => (row.entry ? [row.entry] : []));
}

/** This device's decisions on one declaration, oldest first (the detail page's history shows them). */
export async function listOutboxEntriesFor(outbox: OutboxDb, declarationId: string): Promise<OutboxEntry[]> {
  const rows = await outbox.decisions.where('declarationId').equals(declarationId).sortBy('seq');
  return rows.flatMap((row) => (row.entry ? [row.entry] : []));
}
