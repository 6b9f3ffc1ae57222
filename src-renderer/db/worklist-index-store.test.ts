import { describe, expect, it } from 'vitest';
import { DeclarationId } from '@shared/domain';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { NO_FILTER, NO_MARKS } from './worklist-filter';
import { WorklistIndexStore } from './worklist-index-store';

const ids = (store: WorklistIndexStore) => {
  const state = store.getState();
  if (state.status !== 'ready') return state.status;
  const { slots, total } = state.index.select({ column: 'reference', desc: false }, NO_FILTER, NO_MARKS);
  return Array.from(slots.subarray(0, total), (slot) => state.index.row(slot).id);
};

describe('the worklist index store', () => {
  it('loads one post’s rows and follows what later transactions commit', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-2', reference: 'B' }),
      makeDeclaration({ id: 'D-1', reference: 'A' }),
      makeDeclaration({ id: 'UK-1', postId: 'GB-DVR', jurisdiction: 'uk' }),
    ]);
    const store = new WorklistIndexStore(db, 'KR-ICN', async () => {});
    await store.start();
    const loaded = ids(store);
    await db.declarations.put(makeDeclaration({ id: 'D-3', reference: 'AA' }));
    await db.declarations.delete(DeclarationId.parse('D-2'));
    expect({ loaded, followed: ids(store) }).toEqual({ loaded: ['D-1', 'D-2'], followed: ['D-1', 'D-3'] });
  });

  it('does not take in a transaction that aborted', async () => {
    const db = openTestCacheDb();
    const store = new WorklistIndexStore(db, 'KR-ICN', async () => {});
    await store.start();
    await db
      .transaction('rw', db.declarations, async () => {
        await db.declarations.put(makeDeclaration({ id: 'D-1' }));
        throw new Error('the page did not apply');
      })
      .catch(() => {});
    await db.declarations.put(makeDeclaration({ id: 'D-2' }));
    expect(ids(store)).toEqual(['D-2']);
  });

  it('keeps what commits while it loads, and reads everything again when a post is replaced', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([makeDeclaration({ id: 'D-1', reference: 'A' })]);
    // A write lands between the first read and the index being built.
    const store = new WorklistIndexStore(db, 'KR-ICN', async () => {});
    const loading = store.start();
    await db.declarations.put(makeDeclaration({ id: 'D-2', reference: 'B' }));
    await loading;
    const whileLoading = ids(store);
    await db.declarations.clear();
    await db.declarations.put(makeDeclaration({ id: 'D-9', reference: 'Z' }));
    await store.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect({ whileLoading, afterReset: ids(store) }).toEqual({
      whileLoading: ['D-1', 'D-2'],
      afterReset: ['D-9'],
    });
  });
});
