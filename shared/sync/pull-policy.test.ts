import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../api/sync-v1';
import { DeclarationId } from '../domain/ids';
import type { DeclarationId as DeclarationIdType } from '../domain/ids';
import { MemorySyncStore } from './memory-store';
import { planChanges } from './pull-policy';
import type { KnownVersion } from './pull-policy';
import { declaration, historyEntry } from './testing/fixtures';

const D1 = DeclarationId.parse('D1');
const upsert = (id: string, version: number): Change => ({
  kind: 'upsert',
  declaration: declaration(id, 'selected', version),
});
const tombstone = (id: string, version: number): Change => ({
  kind: 'tombstone',
  declarationId: DeclarationId.parse(id),
  version,
  reason: 'withdrawn',
});

describe('applying a changes page', () => {
  it('ignores upserts at or below the cached version and removes on a tombstone', () => {
    const known = new Map<DeclarationIdType, KnownVersion>([[D1, { version: 3, present: true }]]);
    const plan = planChanges(known, [upsert('D1', 2), upsert('D1', 3), upsert('D2', 1), tombstone('D2', 2)]);
    expect(plan).toEqual({ put: [], remove: [{ id: DeclarationId.parse('D2'), version: 2 }], history: [] });
  });

  it('carries the decision history of the version it puts, and none from an ignored upsert (issue 9)', () => {
    const entry = (version: number) => historyEntry('D1', version, version);
    const withHistory = (version: number): Change => ({
      kind: 'upsert',
      declaration: declaration('D1', 'selected', version),
      history: [entry(version)],
    });
    const known = new Map<DeclarationIdType, KnownVersion>([[D1, { version: 2, present: true }]]);
    expect(planChanges(known, [withHistory(2), withHistory(4), withHistory(3)]).history).toEqual([
      { id: D1, entries: [entry(4)] },
    ]);
    expect(planChanges(known, [withHistory(2)]).history).toEqual([]);
  });

  it('does not let a late, older upsert resurrect a withdrawn declaration', () => {
    const known = new Map<DeclarationIdType, KnownVersion>([[D1, { version: 4, present: false }]]);
    expect(planChanges(known, [upsert('D1', 3)])).toEqual({ put: [], remove: [], history: [] });
  });

  it('gives the same cache whether a page is applied once, twice, or after a newer one', async () => {
    const changes = fc.array(
      fc
        .tuple(fc.constantFrom('D1', 'D2', 'D3'), fc.integer({ min: 1, max: 6 }), fc.boolean())
        .map(([id, v, del]) => (del ? tombstone(id, v) : upsert(id, v))),
      { maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(changes, changes, async (older, newer) => {
        const once = new MemorySyncStore();
        await once.applySnapshotPage([], 'c0');
        await once.applyChanges(
          { cursor: 'c0', changes: [...older, ...newer], nextCursor: 'c1', hasMore: false },
          'c0',
        );
        const replayed = new MemorySyncStore();
        await replayed.applySnapshotPage([], 'c0');
        await replayed.applyChanges({ cursor: 'c0', changes: newer, nextCursor: 'a', hasMore: false }, 'c0');
        await replayed.applyChanges({ cursor: 'a', changes: older, nextCursor: 'b', hasMore: false }, 'a');
        await replayed.applyChanges(
          { cursor: 'b', changes: [...older, ...newer], nextCursor: 'c1', hasMore: false },
          'b',
        );
        expect(replayed.cachedDeclarations().map((d) => [d.id, d.version])).toEqual(
          once.cachedDeclarations().map((d) => [d.id, d.version]),
        );
      }),
    );
  });

  it('drops a page that answers a cursor the store has moved past', async () => {
    const store = new MemorySyncStore();
    await store.applySnapshotPage([], 'c0');
    await store.applyChanges(
      { cursor: 'c0', changes: [upsert('D1', 2)], nextCursor: 'c2', hasMore: false },
      'c0',
    );
    const late = await store.applyChanges(
      { cursor: 'c0', changes: [upsert('D1', 1)], nextCursor: 'c1', hasMore: false },
      'c0',
    );
    expect({ late, cursor: await store.readCursor() }).toEqual({
      late: { ok: true, value: 'stale' },
      cursor: 'c2',
    });
  });
});
