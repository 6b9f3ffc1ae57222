import { describe, expect, it } from 'vitest';
import { DecisionId, DeclarationId } from '@shared/domain';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { openOutboxDb } from './outbox-db';
import { countWorklist, NO_MARKS, readWorklistMarks, readWorklistRange } from './worklist-repo';
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

const references = async (
  db: CacheDb,
  sort: { column: 'reference' | 'lane'; desc: boolean },
  offset: number,
  limit: number,
) => (await readWorklistRange(db, 'KR-ICN', sort, NO_MARKS, offset, limit)).rows.map((row) => row.reference);

describe('reading the worklist straight from IndexedDB (the first screen)', () => {
  it('reads one window of one post in index order, either way, and counts the post', async () => {
    const db = await seeded();
    expect({
      total: await countWorklist(db, 'KR-ICN'),
      ascending: await references(db, { column: 'reference', desc: false }, 10, 3),
      descending: await references(db, { column: 'reference', desc: true }, 0, 2),
      // The default order: RED first, the riskiest first within a lane.
      worklist: await references(db, { column: 'lane', desc: false }, 0, 3),
    }).toEqual({
      total: 60,
      ascending: ['REF-011', 'REF-012', 'REF-013'],
      descending: ['REF-060', 'REF-059'],
      worklist: ['REF-056', 'REF-051', 'REF-046'],
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
    const marks = await readWorklistMarks(outbox);
    const { rows } = await readWorklistRange(db, 'KR-ICN', { column: 'reference', desc: false }, marks, 0, 2);
    expect(rows.map(({ id, status, pending }) => ({ id, status, pending }))).toEqual([
      { id: 'D-1', status: 'released', pending: true },
      { id: 'D-2', status: 'held', pending: false },
    ]);
  });
});

describe('the outbox marks of the worklist', () => {
  it('takes the newest pending decision’s status and the declarations that need attention', async () => {
    const outbox = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    const overlay = (n: number, declarationId: string, status: 'held' | 'released') => ({
      decisionId: DecisionId.parse(`0190f3a0-0000-7000-8000-00000000000${n}`),
      declarationId: DeclarationId.parse(declarationId),
      seq: n,
      kind: status === 'held' ? ('hold' as const) : ('release' as const),
      status,
    });
    await outbox.overlays.bulkPut([overlay(1, 'D-1', 'held'), overlay(2, 'D-1', 'released')]);
    const conflicted = sampleDecision(3, { declarationId: 'D-7' });
    const applied = sampleDecision(4, { declarationId: 'D-8' });
    await outbox.decisions.bulkPut(
      [
        { command: conflicted, state: 'conflict' as const, needsAttention: true },
        { command: applied, state: 'applied' as const, needsAttention: false },
      ].map(({ command, state, needsAttention }) => ({
        decisionId: command.decisionId,
        seq: command.seq,
        declarationId: command.declarationId,
        state,
        entry: { command, state, attempts: 1, needsAttention, attentionShown: false },
      })),
    );
    const marks = await readWorklistMarks(outbox);
    expect({ pending: [...marks.pending], attention: [...marks.attention] }).toEqual({
      pending: [['D-1', 'released']],
      attention: ['D-7'],
    });
  });
});
