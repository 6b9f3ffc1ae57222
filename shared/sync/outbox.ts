import { NO_PROGRESS } from '../api/sync-v1';
import type { DeviceProgress, StoredOutcome } from '../api/sync-v1';
import type { DeclarationStatus } from '../domain/declaration';
import type { DecisionCommand, DecisionId, DecisionKind } from '../domain/decision';
import type { DeclarationId, OfficerId } from '../domain/ids';

/**
 * Where a decision is in its life. `in-flight` is persisted so other windows can show "sending";
 * the engine turns it back into `pending` on start, because a crash mid-push proves nothing about
 * whether the server committed (the server dedupes the re-push).
 */
export type OutboxEntryState = 'pending' | 'in-flight' | 'applied' | 'conflict' | 'rejected';

export type OutboxEntry = {
  command: DecisionCommand;
  state: OutboxEntryState;
  /** The server's first answer (a DUPLICATE is unwrapped to it), once the entry has settled. */
  outcome?: StoredOutcome;
  /** How many times this command has been sent. */
  attempts: number;
  /**
   * Consecutive pushes carrying this command that the server failed (see `isServerFailure`),
   * reset to 0 when it settles or the officer retries it. Above 0 the entry is pushed alone, and
   * at `POISON_THRESHOLD` it is stuck (`isStuck`). Absent on entries stored before it existed,
   * which reads as 0.
   */
  serverFailures?: number;
  /** In the "Needs attention" queue: a conflict or rejection the officer has not seen yet. */
  needsAttention: boolean;
  /** The officer has seen this entry's conflict or rejection; it is never queued again. */
  attentionShown: boolean;
  /**
   * Server time (the newest the device knew) when the entry settled. Retention is measured on the
   * server's clock because the device clock may jump by years either way.
   */
  settledAtServerMs?: number;
  /**
   * The server's `processedCount` in the answer that settled the entry: the server held this
   * command once it held that many of its officer's on this device. A restored server that holds
   * fewer may have lost it. Absent on entries settled before it existed (they are judged by seq
   * alone). Entries settled before progress was kept per officer carry the device-wide count,
   * higher than their officer's: after a restore they may be re-queued needlessly, and their
   * re-push is answered DUPLICATE.
   */
  settledAtProcessedCount?: number;
  /**
   * The decision this one re-decides, on the device only. Usually the same as
   * `command.supersedes`; set alone when the replaced decision's rejection was never recorded by
   * the server (UNRECORDED_REJECTIONS), which then cannot be named in `supersedes`.
   */
  replaces?: DecisionId;
};

/**
 * What the officer sees for a declaration while a decision on it is unconfirmed. Kept with the
 * outbox, not the cache, so that a cache rebuild (410) never hides a pending decision.
 */
export type StatusOverlay = {
  decisionId: DecisionId;
  declarationId: DeclarationId;
  seq: number;
  kind: DecisionKind;
  /** The status the decision leads to, or null when the kind does not change the status. */
  status: DeclarationStatus | null;
};

export type OutboxMeta = {
  /** Highest seq ever assigned on this device; survives compaction so seqs are never reused. */
  lastSeq: number;
  /** Highest decisionId ever minted here; new ids are minted above it (monotonic across crashes). */
  lastDecisionId: DecisionId | null;
  /**
   * Per officer (keyed by OfficerId): the highest `lastProcessedSeq` and the highest
   * `processedCount` the server has confirmed for that officer's commands on this device; a lower
   * answer means a restore. Per officer because the server keeps progress per device and officer:
   * officers who take turns on a shared workstation each have their own, and each is checked
   * when that officer is signed in.
   */
  serverProgress: Readonly<Record<string, DeviceProgress>>;
  /** Newest server time seen in an outcome, or null before the first one. */
  serverTimeHighWaterMs: number | null;
};

export type OutboxSnapshot = {
  /** Sorted by seq. */
  entries: readonly OutboxEntry[];
  overlays: readonly StatusOverlay[];
  meta: OutboxMeta;
};

/** One atomic change to the outbox database: entries, overlays and meta written together. */
export type OutboxPatch = {
  put?: readonly OutboxEntry[];
  remove?: readonly DecisionId[];
  putOverlays?: readonly StatusOverlay[];
  removeOverlays?: readonly DecisionId[];
  /** `serverProgress` is merged per officer: the officers it names are replaced, others kept. */
  meta?: Partial<Pick<OutboxMeta, 'serverProgress' | 'serverTimeHighWaterMs'>>;
};

/** The meta after `patch`: what every store writes. */
export function patchedMeta(meta: OutboxMeta, patch: OutboxPatch['meta']): OutboxMeta {
  if (patch === undefined) return meta;
  return {
    ...meta,
    ...patch,
    serverProgress: { ...meta.serverProgress, ...patch.serverProgress },
  };
}

/** The progress the server has confirmed for this officer's commands on this device. */
export function confirmedProgress(meta: OutboxMeta, officerId: OfficerId): DeviceProgress {
  return meta.serverProgress[officerId] ?? NO_PROGRESS;
}

export const emptyOutboxMeta: OutboxMeta = {
  lastSeq: 0,
  lastDecisionId: null,
  serverProgress: {},
  serverTimeHighWaterMs: null,
};

/**
 * Consecutive server failures after which an entry is "stuck": the server has failed on it, sent
 * alone, often enough to call it a poison command rather than bad luck: three in a row, at least
 * the last two with the entry sent alone and a backoff between, before it stops holding back the
 * ones behind it.
 */
export const POISON_THRESHOLD = 3;

export function isUnsettled(entry: OutboxEntry): boolean {
  return entry.state === 'pending' || entry.state === 'in-flight';
}

export function serverFailuresOf(entry: OutboxEntry): number {
  return entry.serverFailures ?? 0;
}

/**
 * Unsettled, and the server failed on it `POISON_THRESHOLD` times in a row: kept on the device
 * with its overlay, skipped by batch selection, retried slowly or when the officer asks.
 */
export function isStuck(entry: OutboxEntry): boolean {
  return isUnsettled(entry) && serverFailuresOf(entry) >= POISON_THRESHOLD;
}

/** A conflict or rejection the officer has not acknowledged yet. */
export function awaitsAcknowledgement(entry: OutboxEntry): boolean {
  return (
    (entry.state === 'conflict' || entry.state === 'rejected') &&
    entry.needsAttention &&
    !entry.attentionShown
  );
}

/**
 * The "Needs attention" queue, oldest first, each entry once: a conflict or rejection until it is
 * acknowledged, a stuck decision until the officer retries it or it finally goes through.
 */
export function needsAttentionQueue(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.filter((entry) => awaitsAcknowledgement(entry) || isStuck(entry));
}

/** The entries of one officer: the only ones their session sends, shows or changes. */
export function entriesOf(entries: readonly OutboxEntry[], officerId: OfficerId): OutboxEntry[] {
  return entries.filter((entry) => entry.command.officerId === officerId);
}

/**
 * Counts for the always-visible status bar (DESIGN.md, "Status always visible"). Pending counts
 * every officer's decisions (none of them is on the server yet); what needs attention is the
 * signed-in officer's, or everyone's when no one is signed in.
 */
export function outboxSummary(
  entries: readonly OutboxEntry[],
  officerId: OfficerId | null,
): {
  /** Unsettled entries, stuck ones included: they are not on the server yet. */
  pending: number;
  oldestPendingDecidedAt: string | null;
  needsAttention: number;
  stuck: number;
} {
  const unsettled = entries.filter(isUnsettled);
  const shown = officerId === null ? entries : entriesOf(entries, officerId);
  return {
    pending: unsettled.length,
    oldestPendingDecidedAt: unsettled[0]?.command.decidedAt ?? null,
    needsAttention: needsAttentionQueue(shown).length,
    stuck: shown.filter(isStuck).length,
  };
}

/**
 * Other officers' unsettled decisions on this device, per officer in order of their oldest: on a
 * shared workstation they go only when their officer signs in here again.
 */
export function pendingOfOthers(
  entries: readonly OutboxEntry[],
  officerId: OfficerId,
): { officerId: OfficerId; entries: OutboxEntry[] }[] {
  const byOfficer = new Map<OfficerId, OutboxEntry[]>();
  for (const entry of entries) {
    const other = entry.command.officerId;
    if (other === officerId || !isUnsettled(entry)) continue;
    byOfficer.set(other, [...(byOfficer.get(other) ?? []), entry]);
  }
  return [...byOfficer].map(([other, pending]) => ({ officerId: other, entries: pending }));
}
