import { describe, expect, it } from 'vitest';
import { openTestCacheDb } from '../test-utils/db';
import { makeDeclaration } from '../test-utils/fixtures';
import { getViewedCopy, recordViewedCopy, VIEWED_KEEP } from './viewed-repo';

describe('the copies an officer last viewed', () => {
  it('keeps one copy per officer and declaration, the newest, and none for another officer', async () => {
    const db = openTestCacheDb();
    await recordViewedCopy(db, 'kim', makeDeclaration({ id: 'D-1', version: 1 }), '2026-12-03T10:00:00Z');
    await recordViewedCopy(db, 'kim', makeDeclaration({ id: 'D-1', version: 4 }), '2026-12-03T11:00:00Z');
    expect({
      kim: (await getViewedCopy(db, 'kim', 'D-1'))?.declaration.version,
      at: (await getViewedCopy(db, 'kim', 'D-1'))?.viewedAt,
      park: await getViewedCopy(db, 'park', 'D-1'),
    }).toEqual({ kim: 4, at: '2026-12-03T11:00:00Z', park: null });
  });

  it('reads a copy of another shape as never viewed', async () => {
    const db = openTestCacheDb();
    await db.meta.put({ key: 'viewed:kim:D-1', value: { viewedAt: 'yesterday', declaration: {} } });
    expect(await getViewedCopy(db, 'kim', 'D-1')).toBeNull();
  });

  it(`drops the least recently viewed beyond ${VIEWED_KEEP} copies per officer`, async () => {
    const db = openTestCacheDb();
    const declaration = makeDeclaration({ id: 'D-1' });
    const minute = (n: number) => new Date(Date.UTC(2026, 11, 3, 8, n)).toISOString();
    await db.meta.bulkPut(
      Array.from({ length: VIEWED_KEEP }, (_, n) => ({
        key: `viewed:kim:X-${n}`,
        value: { viewedAt: minute(n + 1), declaration: { ...declaration, id: `X-${n}` } },
      })),
    );
    await recordViewedCopy(db, 'park', declaration, minute(0));
    await recordViewedCopy(db, 'kim', declaration, minute(0));
    expect({
      kim: await db.meta.where('key').startsWith('viewed:kim:').count(),
      oldestGone: await getViewedCopy(db, 'kim', 'D-1'),
      nextKept: (await getViewedCopy(db, 'kim', 'X-0'))?.viewedAt,
      park: (await getViewedCopy(db, 'park', 'D-1'))?.viewedAt,
    }).toEqual({ kim: VIEWED_KEEP, oldestGone: null, nextKept: minute(1), park: minute(0) });
  });
});
