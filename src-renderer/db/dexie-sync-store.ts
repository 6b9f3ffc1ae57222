import type { DecisionEntry } from '@shared/api/decision-history';
import type { ChangesPage } from '@shared/api';
import type { Declaration, DeclarationId } from '@shared/domain';
import { err, ok, type Result } from '@shared/util/result';
import {
  emptyOutboxMeta,
  patchedMeta,
  planChanges,
  type KnownVersion,
  type OutboxEntry,
  type OutboxMeta,
  type OutboxPatch,
  type OutboxSnapshot,
  type StatusOverlay,
  type StoreError,
  type SyncStore,
} from '@shared/sync';
import type { CacheDb } from './cache-db';
import { countCacheRebuild, getSnapshotProgress } from './meta-repo';
import { DEVICE_ID_KEY, OUTBOX_META_KEY, type OutboxDb, type OutboxDecision } from './outbox-db';

const cursorKey = (postId: string): string => `cursor:${postId}`;
const snapshotKey = (postId: string): string => `snapshot:${postId}`;

function isOutboxMeta(value: unknown): value is OutboxMeta {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'lastSeq') === 'number';
}

/**
 * The meta row, written by this build or converted by `upgradeToV3`. A row without per-officer
 * marks reads as none confirmed: the next check records the server's.
 */
function readMeta(value: unknown): OutboxMeta {
  if (!isOutboxMeta(value)) return emptyOutboxMeta;
  const progress: unknown = value.serverProgress;
  const serverProgress = typeof progress === 'object' && progress !== null ? value.serverProgress : {};
  return { ...emptyOutboxMeta, ...value, serverProgress };
}

/** IndexedDB reports a full disk as QuotaExceededError; Dexie may wrap it in an AbortError. */
export function toStoreError(cause: unknown): StoreError {
  const names = [
    Reflect.get(Object(cause), 'name'),
    Reflect.get(Object(Reflect.get(Object(cause), 'inner')), 'name'),
  ];
  const message = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return { kind: names.includes('QuotaExceededError') ? 'quota' : 'io', message };
}

async function attempt<T>(work: () => Promise<T>): Promise<Result<T, StoreError>> {
  try {
    return ok(await work());
  } catch (cause) {
    return err(toStoreError(cause));
  }
}

function toRow(entry: OutboxEntry): OutboxDecision {
  const { command } = entry;
  return {
    decisionId: command.decisionId,
    seq: command.seq,
    declarationId: command.declarationId,
    state: entry.state,
    entry,
  };
}

/**
 * The sync core's store on IndexedDB. Each port operation is one Dexie transaction on one
 * database (outbox: strict; cache: relaxed) and awaits nothing but IndexedDB inside it, so an
 * abort (quota, crash) leaves nothing half-written. The cache side is scoped to one post: the
 * cursor is per post, and other posts' cached declarations are left alone.
 */
export class DexieSyncStore implements SyncStore {
  constructor(
    private readonly outbox: OutboxDb,
    private readonly cache: CacheDb,
    private readonly postId: string,
  ) {}

  async readOutbox(): Promise<OutboxSnapshot> {
    const { outbox } = this;
    return outbox.transaction('r', [outbox.decisions, outbox.overlays, outbox.meta], async () => {
      const rows = await outbox.decisions.orderBy('seq').toArray();
      const overlays = await outbox.overlays.toArray();
      const meta = readMeta((await outbox.meta.get(OUTBOX_META_KEY))?.value);
      // Rows from schema 1 carry no command: kept on disk, but there is nothing to push.
      const entries = rows.flatMap((row) => (row.entry ? [row.entry] : []));
      return { entries, overlays, meta };
    });
  }

  saveDecision(entry: OutboxEntry, overlay: StatusOverlay): Promise<Result<void, StoreError>> {
    const { outbox } = this;
    return attempt(() =>
      outbox.transaction('rw', [outbox.decisions, outbox.overlays, outbox.meta], async () => {
        const meta = readMeta((await outbox.meta.get(OUTBOX_META_KEY))?.value);
        if (entry.command.seq !== meta.lastSeq + 1) {
          throw new SeqTakenError(`seq ${entry.command.seq} is not next after ${meta.lastSeq}`);
        }
        await outbox.decisions.add(toRow(entry));
        await outbox.overlays.put(overlay);
        const next: OutboxMeta = {
          ...meta,
          lastSeq: entry.command.seq,
          lastDecisionId: entry.command.decisionId,
        };
        await outbox.meta.put({ key: OUTBOX_META_KEY, value: next });
      }),
    );
  }

  applyOutboxPatch(patch: OutboxPatch): Promise<Result<void, StoreError>> {
    const { outbox } = this;
    return attempt(() =>
      outbox.transaction('rw', [outbox.decisions, outbox.overlays, outbox.meta], async () => {
        if (patch.put?.length) await outbox.decisions.bulkPut(patch.put.map(toRow));
        if (patch.remove?.length) await outbox.decisions.bulkDelete([...patch.remove]);
        if (patch.putOverlays?.length) await outbox.overlays.bulkPut([...patch.putOverlays]);
        if (patch.removeOverlays?.length) await outbox.overlays.bulkDelete([...patch.removeOverlays]);
        if (patch.meta) {
          const meta = readMeta((await outbox.meta.get(OUTBOX_META_KEY))?.value);
          await outbox.meta.put({ key: OUTBOX_META_KEY, value: patchedMeta(meta, patch.meta) });
        }
      }),
    );
  }

  async readCursor(): Promise<string | null> {
    const { cache, postId } = this;
    return cache.transaction('r', cache.meta, async () => {
      const stored = (await cache.meta.get(cursorKey(postId)))?.value;
      if (typeof stored === 'string') return stored;
      // A complete first download (first-sync.ts) leaves its watermark: the first delta cursor.
      const progress = await getSnapshotProgress(cache, postId);
      return progress?.complete ? progress.watermark : null;
    });
  }

  async readDeclaration(id: DeclarationId): Promise<Declaration | undefined> {
    return this.cache.declarations.get(id);
  }

  applyChanges(page: ChangesPage, fromCursor: string): Promise<Result<'applied' | 'stale', StoreError>> {
    const { cache, postId } = this;
    return attempt(() =>
      cache.transaction('rw', this.cacheTables(), async () => {
        const stored = (await cache.meta.get(cursorKey(postId)))?.value;
        const current =
          typeof stored === 'string'
            ? stored
            : ((await getSnapshotProgress(cache, postId))?.watermark ?? null);
        if (current !== fromCursor) return 'stale' as const;
        const ids = page.changes.map((change) =>
          change.kind === 'upsert' ? change.declaration.id : change.declarationId,
        );
        await this.applyPlan(ids, page.changes);
        await cache.meta.put({ key: cursorKey(postId), value: page.nextCursor });
        return 'applied' as const;
      }),
    );
  }

  rebuildCache(): Promise<Result<void, StoreError>> {
    const { cache, postId } = this;
    return attempt(() =>
      cache.transaction('rw', this.cacheTables(), async () => {
        await cache.declarations.where('postId').equals(postId).delete();
        await cache.tombstones.where('postId').equals(postId).delete();
        await cache.decisions.where('postId').equals(postId).delete();
        await cache.meta.bulkDelete([cursorKey(postId), snapshotKey(postId)]);
        await countCacheRebuild(cache, postId, new Date().toISOString());
      }),
    );
  }

  applySnapshotPage(
    declarations: readonly Declaration[],
    watermark: string | null,
    history: readonly DecisionEntry[] = [],
  ): Promise<Result<void, StoreError>> {
    const { cache, postId } = this;
    // Grouped once: filtering the page's history for each of its declarations was quadratic.
    const historyOf = new Map<DeclarationId, DecisionEntry[]>();
    for (const entry of history) {
      const entries = historyOf.get(entry.declarationId);
      if (entries === undefined) historyOf.set(entry.declarationId, [entry]);
      else entries.push(entry);
    }
    return attempt(() =>
      cache.transaction('rw', this.cacheTables(), async () => {
        await this.applyPlan(
          declarations.map((declaration) => declaration.id),
          declarations.map((declaration) => ({
            kind: 'upsert',
            declaration,
            history: historyOf.get(declaration.id) ?? [],
          })),
        );
        if (watermark !== null) await cache.meta.put({ key: cursorKey(postId), value: watermark });
      }),
    );
  }

  /** The tables a pull writes: the declarations, their tombstones and histories, and the cursor. */
  private cacheTables() {
    const { cache } = this;
    return [cache.declarations, cache.tombstones, cache.decisions, cache.meta];
  }

  /** Must run inside a transaction over declarations, tombstones and decisions. */
  private async applyPlan(ids: DeclarationId[], changes: ChangesPage['changes']): Promise<void> {
    const { cache, postId } = this;
    const [present, removed] = await Promise.all([
      cache.declarations.bulkGet(ids),
      cache.tombstones.bulkGet(ids),
    ]);
    const known = new Map<DeclarationId, KnownVersion>();
    ids.forEach((id, index) => {
      const tombstone = removed[index];
      const declaration = present[index];
      if (declaration) known.set(id, { version: declaration.version, present: true });
      else if (tombstone) known.set(id, { version: tombstone.version, present: false });
    });
    const plan = planChanges(known, changes);
    if (plan.put.length > 0) {
      await cache.declarations.bulkPut(plan.put);
      await cache.tombstones.bulkDelete(plan.put.map((declaration) => declaration.id));
    }
    if (plan.remove.length > 0) {
      await cache.declarations.bulkDelete(plan.remove.map(({ id }) => id));
      await cache.tombstones.bulkPut(plan.remove.map(({ id, version }) => ({ id, postId, version })));
      await cache.decisions
        .where('declarationId')
        .anyOf(plan.remove.map(({ id }) => id))
        .delete();
    }
    if (plan.history.length > 0) {
      // A history replaces the cached one whole, with the version of the declaration it came with.
      await cache.decisions
        .where('declarationId')
        .anyOf(plan.history.map(({ id }) => id))
        .delete();
      await cache.decisions.bulkPut(
        plan.history.flatMap(({ entries }) => entries.map((e) => ({ ...e, postId }))),
      );
    }
  }
}

/** Another window claimed the seq first: the write is refused, the engine reports STORAGE_FAILED. */
class SeqTakenError extends Error {
  override name = 'SeqTakenError';
}

/** The device's id, made once and kept with the outbox (it names the outbox's seq series). */
export async function readOrCreateDeviceId(outbox: OutboxDb, make: () => string): Promise<string> {
  return outbox.transaction('rw', outbox.meta, async () => {
    const stored = (await outbox.meta.get(DEVICE_ID_KEY))?.value;
    if (typeof stored === 'string') return stored;
    const id = make();
    await outbox.meta.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}
