import type { DecisionEntry } from '../api/decision-history';
import type { ChangesPage, DeviceState, PushRequest, PushResponse } from '../api/sync-v1';
import type { SnapshotPage } from '../api/snapshot';
import type { Declaration } from '../domain/declaration';
import type { DeclarationId } from '../domain/ids';
import type { Result } from '../util/result';
import type { OutboxEntry, OutboxPatch, OutboxSnapshot, StatusOverlay } from './outbox';

// The seams the shell implements: Dexie for the store, fetch for the transport, Date.now and
// crypto.getRandomValues for the clock and randomness. The core calls nothing else.

/** Wall-clock milliseconds. May jump either way (user changes the date, NTP, a dead CMOS battery). */
export type Clock = { now(): number };

/**
 * Why a request produced no usable answer. `http` carries the status; `code` is the error body's
 * code where there was one (CURSOR_EXPIRED on 410), `retryAfterMs` the parsed Retry-After header.
 */
export type TransportError = {
  kind: 'network' | 'timeout' | 'http';
  status?: number;
  code?: string;
  retryAfterMs?: number;
};

/** HTTP to /sync/v1. Implementations parse responses with the shared zod schemas before returning. */
export type SyncTransport = {
  push(request: PushRequest): Promise<Result<PushResponse, TransportError>>;
  pull(cursor: string): Promise<Result<ChangesPage, TransportError>>;
  /** GET /sync/v1/snapshot; null for the first page. */
  snapshot(pageToken: string | null): Promise<Result<SnapshotPage, TransportError>>;
  deviceState(): Promise<Result<DeviceState, TransportError>>;
};

/** `quota` is IndexedDB's QuotaExceededError; the write did not happen. */
export type StoreError = { kind: 'quota' | 'io'; message: string };

/**
 * Durable state. Every method is one atomic transaction: after a crash either all of it is there
 * or none. The outbox methods belong to the strict outbox database, the cache methods to the
 * relaxed cache database; no operation spans both, so IndexedDB can honour the atomicity.
 */
export type SyncStore = {
  readOutbox(): Promise<OutboxSnapshot>;
  /**
   * Saves a new decision with its overlay and advances `lastSeq` and `lastDecisionId`, but only if
   * `entry.command.seq === lastSeq + 1` (else `{kind:'io'}`): two windows cannot claim one seq.
   * The shell's version also appends to the main-process journal before reporting success.
   */
  saveDecision(entry: OutboxEntry, overlay: StatusOverlay): Promise<Result<void, StoreError>>;
  /** Push results, in-flight marks, restore re-queues, acknowledgements and compaction. */
  applyOutboxPatch(patch: OutboxPatch): Promise<Result<void, StoreError>>;

  readCursor(): Promise<string | null>;
  readDeclaration(id: DeclarationId): Promise<Declaration | undefined>;
  /**
   * Applies a page idempotently by version (see pull-policy.ts) and sets the cursor to
   * `page.nextCursor`, only if the stored cursor still equals `fromCursor`; otherwise changes
   * nothing and answers 'stale' (a late page from an earlier pull must not move the cursor back).
   */
  applyChanges(page: ChangesPage, fromCursor: string): Promise<Result<'applied' | 'stale', StoreError>>;
  /** Clears declarations, tombstones and cursor (never the outbox), before a fresh snapshot. */
  rebuildCache(): Promise<Result<void, StoreError>>;
  /**
   * Adds one snapshot page; `watermark` is given with the last page and becomes the cursor.
   * `history` holds the decisions applied to the page's declarations (a store may ignore it).
   */
  applySnapshotPage(
    declarations: readonly Declaration[],
    watermark: string | null,
    history?: readonly DecisionEntry[],
  ): Promise<Result<void, StoreError>>;
};
