import type { ChangesPage } from '../api/sync-v1';
import { CURSOR_EXPIRED } from '../api/sync-v1';
import type { Result } from '../util/result';
import type { StoreError, TransportError } from './ports';
import { failStep } from './step-context';
import type { StepContext, StepResult } from './step-context';

export function isCursorExpired(error: TransportError): boolean {
  return (
    error.kind === 'http' &&
    error.status === 410 &&
    (error.code === undefined || error.code === CURSOR_EXPIRED)
  );
}

/**
 * Applies a page that answered a pull from `fromCursor`. The store only moves the cursor if it
 * still is `fromCursor`, so a page that arrives late (after a newer pull) is dropped: the cursor
 * never goes backwards, and the versions in the page are ignored anyway where they are older.
 */
export function applyPulledPage(
  ctx: StepContext,
  fromCursor: string,
  page: ChangesPage,
): Promise<Result<'applied' | 'stale', StoreError>> {
  return ctx.store.applyChanges(page, fromCursor);
}

/**
 * One page of the pull: a delta page from the cursor, or, without a cursor, one page of a fresh
 * snapshot. 'done' means caught up with the change log.
 */
export async function pullOnce(ctx: StepContext): Promise<StepResult> {
  const cursor = await ctx.store.readCursor();
  if (cursor === null) return snapshotOnce(ctx);
  const answer = await ctx.transport.pull(cursor);
  if (!answer.ok) {
    if (!isCursorExpired(answer.error)) return failStep(ctx, { source: 'transport', error: answer.error });
    // 410: our cursor is older than the server's retention (or from before a restore). Rebuild the
    // cache from a snapshot. The outbox is a different database and is not touched.
    const cleared = await ctx.store.rebuildCache();
    if (!cleared.ok) return failStep(ctx, { source: 'store', error: cleared.error });
    ctx.memory.snapshotToken = null;
    return { kind: 'more' };
  }
  if (answer.value.cursor !== cursor) {
    // Not the answer to this request (a replayed or cached response): never apply it. Treated as a
    // failed pull, so backoff applies if something keeps serving stale pages.
    return failStep(ctx, { source: 'transport', error: { kind: 'http', status: 200, code: 'STALE_PAGE' } });
  }
  const applied = await applyPulledPage(ctx, cursor, answer.value);
  if (!applied.ok) return failStep(ctx, { source: 'store', error: applied.error });
  return applied.value === 'applied' && !answer.value.hasMore ? { kind: 'done' } : { kind: 'more' };
}

async function snapshotOnce(ctx: StepContext): Promise<StepResult> {
  if (ctx.memory.snapshotToken === undefined) {
    // No snapshot in progress in this process (first start, or a crash mid-snapshot): start clean.
    const cleared = await ctx.store.rebuildCache();
    if (!cleared.ok) return failStep(ctx, { source: 'store', error: cleared.error });
    ctx.memory.snapshotToken = null;
  }
  const answer = await ctx.transport.snapshot(ctx.memory.snapshotToken);
  if (!answer.ok) {
    // A page token that expired mid-snapshot: start the snapshot over.
    if (answer.error.kind === 'http' && answer.error.status === 410) ctx.memory.snapshotToken = undefined;
    return failStep(ctx, { source: 'transport', error: answer.error });
  }
  const page = answer.value;
  const last = page.nextPageToken === null;
  const written = await ctx.store.applySnapshotPage(
    page.declarations,
    last ? page.watermark : null,
    page.history ?? [],
  );
  if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
  ctx.memory.snapshotToken = last ? undefined : page.nextPageToken;
  return { kind: 'more' };
}
