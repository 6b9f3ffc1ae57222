import type { ChangesPage } from '../api/sync-v1';
import type { Declaration } from '../domain/declaration';
import type { DecisionId } from '../domain/decision';
import type { DeclarationId } from '../domain/ids';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { emptyOutboxMeta, patchedMeta } from './outbox';
import type { OutboxEntry, OutboxMeta, OutboxPatch, OutboxSnapshot, StatusOverlay } from './outbox';
import type { StoreError, SyncStore } from './ports';
import { planChanges } from './pull-policy';
import type { KnownVersion } from './pull-policy';

type OutboxTables = {
  entries: Map<DecisionId, OutboxEntry>;
  overlays: Map<DecisionId, StatusOverlay>;
  meta: OutboxMeta;
};

type CacheTables = {
  declarations: Map<DeclarationId, Declaration>;
  known: Map<DeclarationId, KnownVersion>;
  cursor: string | null;
};

/**
 * The SyncStore contract in memory, for tests and the browser host's throwaway mode. Each
 * operation builds the new tables aside and swaps them in, so an injected failure leaves nothing
 * half-written, which is what an IndexedDB transaction abort does.
 */
export class MemorySyncStore implements SyncStore {
  private outbox: OutboxTables = { entries: new Map(), overlays: new Map(), meta: emptyOutboxMeta };
  private cache: CacheTables = { declarations: new Map(), known: new Map(), cursor: null };
  private failures: StoreError[] = [];

  /** The next write fails with this error (IndexedDB's QuotaExceededError is `quota`). */
  failNextWrite(error: StoreError): void {
    this.failures.push(error);
  }

  clearInjectedFailures(): void {
    this.failures = [];
  }

  /** Test view of the cache. */
  cachedDeclarations(): Declaration[] {
    return [...this.cache.declarations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async readOutbox(): Promise<OutboxSnapshot> {
    const entries = [...this.outbox.entries.values()].sort((a, b) => a.command.seq - b.command.seq);
    return { entries, overlays: [...this.outbox.overlays.values()], meta: this.outbox.meta };
  }

  async saveDecision(entry: OutboxEntry, overlay: StatusOverlay): Promise<Result<void, StoreError>> {
    const failure = this.failures.shift();
    if (failure !== undefined) return err(failure);
    const { meta } = this.outbox;
    if (entry.command.seq !== meta.lastSeq + 1) {
      return err({ kind: 'io', message: `seq ${entry.command.seq} is not next after ${meta.lastSeq}` });
    }
    const entries = new Map(this.outbox.entries).set(entry.command.decisionId, entry);
    const overlays = new Map(this.outbox.overlays).set(overlay.decisionId, overlay);
    this.outbox = {
      entries,
      overlays,
      meta: { ...meta, lastSeq: entry.command.seq, lastDecisionId: entry.command.decisionId },
    };
    return ok(undefined);
  }

  async applyOutboxPatch(patch: OutboxPatch): Promise<Result<void, StoreError>> {
    const failure = this.failures.shift();
    if (failure !== undefined) return err(failure);
    const entries = new Map(this.outbox.entries);
    const overlays = new Map(this.outbox.overlays);
    for (const entry of patch.put ?? []) entries.set(entry.command.decisionId, entry);
    for (const id of patch.remove ?? []) entries.delete(id);
    for (const overlay of patch.putOverlays ?? []) overlays.set(overlay.decisionId, overlay);
    for (const id of patch.removeOverlays ?? []) overlays.delete(id);
    this.outbox = { entries, overlays, meta: patchedMeta(this.outbox.meta, patch.meta) };
    return ok(undefined);
  }

  async readCursor(): Promise<string | null> {
    return this.cache.cursor;
  }

  async readDeclaration(id: DeclarationId): Promise<Declaration | undefined> {
    return this.cache.declarations.get(id);
  }

  async applyChanges(
    page: ChangesPage,
    fromCursor: string,
  ): Promise<Result<'applied' | 'stale', StoreError>> {
    const failure = this.failures.shift();
    if (failure !== undefined) return err(failure);
    if (this.cache.cursor !== fromCursor) return ok('stale');
    const plan = planChanges(this.cache.known, page.changes);
    const declarations = new Map(this.cache.declarations);
    const known = new Map(this.cache.known);
    for (const declaration of plan.put) {
      declarations.set(declaration.id, declaration);
      known.set(declaration.id, { version: declaration.version, present: true });
    }
    for (const { id, version } of plan.remove) {
      declarations.delete(id);
      known.set(id, { version, present: false });
    }
    this.cache = { declarations, known, cursor: page.nextCursor };
    return ok('applied');
  }

  async rebuildCache(): Promise<Result<void, StoreError>> {
    const failure = this.failures.shift();
    if (failure !== undefined) return err(failure);
    this.cache = { declarations: new Map(), known: new Map(), cursor: null };
    return ok(undefined);
  }

  async applySnapshotPage(
    declarations: readonly Declaration[],
    watermark: string | null,
  ): Promise<Result<void, StoreError>> {
    const failure = this.failures.shift();
    if (failure !== undefined) return err(failure);
    const plan = planChanges(
      this.cache.known,
      declarations.map((declaration) => ({ kind: 'upsert', declaration })),
    );
    const next = new Map(this.cache.declarations);
    const known = new Map(this.cache.known);
    for (const declaration of plan.put) {
      next.set(declaration.id, declaration);
      known.set(declaration.id, { version: declaration.version, present: true });
    }
    this.cache = { declarations: next, known, cursor: watermark ?? this.cache.cursor };
    return ok(undefined);
  }
}
