import type { DecisionId } from '../domain/decision';
import { confirmedProgress } from './outbox';
import type { OutboxEntry, OutboxMeta } from './outbox';

/**
 * How long a settled entry is kept after the server confirmed it: 30 days of server time.
 *
 * Why keep settled entries at all: if the central server is restored from a backup, everything it
 * accepted after the backup is gone, and only the posts still hold those decisions. A post can
 * re-push what it holds, so the retention must exceed the oldest backup operations would restore
 * from (daily backups kept for a few weeks in the deployments we model). 30 days of decisions at
 * a busy post is a few thousand small records: cheap next to losing a release.
 *
 * Why server time: the device clock may jump ten years forward (and compact everything at once)
 * or backwards (and keep everything forever); the server's recordedAt does neither.
 */
export const SETTLED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Entries that may be deleted: settled, not waiting for the officer's attention, confirmed by the
 * server's `lastProcessedSeq` of the entry's own officer (progress is kept per device and
 * officer), and older than the retention on the server's clock.
 */
export function compactable(
  entries: readonly OutboxEntry[],
  meta: OutboxMeta,
  retentionMs: number = SETTLED_RETENTION_MS,
): DecisionId[] {
  const serverNow = meta.serverTimeHighWaterMs;
  if (serverNow === null) return [];
  return entries
    .filter(
      (entry) =>
        (entry.state === 'applied' || entry.state === 'conflict' || entry.state === 'rejected') &&
        !(entry.needsAttention && !entry.attentionShown) &&
        entry.command.seq <= confirmedProgress(meta, entry.command.officerId).lastProcessedSeq &&
        entry.settledAtServerMs !== undefined &&
        serverNow - entry.settledAtServerMs >= retentionMs,
    )
    .map((entry) => entry.command.decisionId);
}
