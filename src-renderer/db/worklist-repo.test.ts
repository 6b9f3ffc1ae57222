import { describe, expect, it } from 'vitest';
import { DecisionId, DeclarationId } from '@shared/domain';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { openOutboxDb } from './outbox-db';
import { NO_FILTER, readWorklistOrder, readWorklistWindow, type WorklistFilter } from './worklist-repo';
import type { CacheDb } from './cache-db';

const lanes = ['RED', 'YELLOW', 'BLUE', 'GREEN', null] as const;

/** 60 declarations of one post (and one of another): lanes in turn, risk and reference by number. */
async function seeded(): Promise<CacheDb> {
  const db = openTestCacheDb();
  await db.declarations.bulkPut([
    ...Array.from({ length: 60 }, (_, i) =>
      makeDeclaration({
        id: `D-${i + 1}`,
        reference: `REF-${String(i + 1).padStart(3, '0')}`,
        lane: lanes[i % lanes.length],
        riskScore: i,
        status: i % 2 === 0 ? 'selected' : 'held',
      }),
    ),
    makeDeclaration({ id: 'UK-1', reference: 'REF-UK', postId: 'GB-DVR', jurisdiction: 'uk' }),
  ]);
  return db;
}

async function references(
  db: CacheDb,
  sort: { column: 'reference' | 'lane' | 'riskScore'; desc: boolean },
  filter: WorklistFilter,
  offset: number,
  limit: number,
) {
  const order = await readWorklistOrder(db, 'KR-ICN', sort, filter);
  const window = await readWorklistWindow(db, null, order, offset, limit);
  return { total: order.total, references: window.rows.map((row) => row.reference) };
}

describe('reading the worklist', () => {
  it('reads one window of one post in index order, either way, counting the whole post', async () => {
    const db = await seeded();
    expect({
      ascending: await references(db, { column: 'reference', desc: false }, NO_FILTER, 10, 3),
      descending: await references(db, { column: 'reference', desc: true }, NO_FILTER, 0, 2),
      // The default order: RED first, the riskiest first within a lane.
      worklist: await references(db, { column: 'lane', desc: false }, NO_FILTER, 0, 3),
    }).toEqual({
      ascending: { total: 60, references: ['REF-011', 'REF-012', 'REF-013'] },
      descending: { total: 60, references: ['REF-060', 'REF-059'] },
      worklist: { total: 60, references: ['REF-056', 'REF-051', 'REF-046'] },
    });
  });

  it('keeps the rows a filter matches, in the sort’s order', async () => {
    const db = await seeded();
    const filter: WorklistFilter = { ...NO_FILTER, text: 'ref-00', lane: 'RED' };
    expect({
      red: await references(db, { column: 'riskScore', desc: true }, filter, 0, 10),
      none: await references(db, { column: 'reference', desc: false }, { ...NO_FILTER, lane: 'none' }, 0, 2),
      held: await references(
        db,
        { column: 'reference', desc: false },
        { ...NO_FILTER, status: 'held' },
        0,
        2,
      ),
    }).toEqual({
      red: { total: 2, references: ['REF-006', 'REF-001'] },
      none: { total: 12, references: ['REF-005', 'REF-010'] },
      held: { total: 30, references: ['REF-002', 'REF-004'] },
    });
  });

  it('shows the status of a decision saved here and not yet confirmed, and marks it pending', async () => {
    const db = await seeded();
    const outbox = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    await outbox.overlays.put({
      decisionId: DecisionId.parse('0190f3a0-0000-7000-8000-000000000001'),
      declarationId: DeclarationId.parse('D-1'),
      seq: 1,
      kind: 'release',
      status: 'released',
    });
    const order = await readWorklistOrder(db, 'KR-ICN', { column: 'reference', desc: false }, NO_FILTER);
    const { rows } = await readWorklistWindow(db, outbox, order, 0, 2);
    expect(rows.map(({ id, status, pending }) => ({ id, status, pending }))).toEqual([
      { id: 'D-1', status: 'released', pending: true },
      { id: 'D-2', status: 'held', pending: false },
    ]);
  });
});
