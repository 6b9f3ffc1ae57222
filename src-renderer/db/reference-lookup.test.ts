import { describe, expect, it } from 'vitest';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { findIdByReference, findIdByReferenceWhere } from './reference-lookup';

async function cacheWith(...declarations: ReturnType<typeof makeDeclaration>[]) {
  const db = openTestCacheDb();
  await db.declarations.bulkPut(declarations);
  return db;
}

describe('finding a declaration by its number', () => {
  it("finds the post's declaration under any of the spellings tried", async () => {
    const db = await cacheWith(
      makeDeclaration({ id: 'D-1', reference: '12345-26-0000001' }),
      makeDeclaration({ id: 'D-2', reference: '12345-26-0000002' }),
    );
    expect(await findIdByReference(db, 'KR-ICN', ['12345260000002', '12345-26-0000002'])).toBe('D-2');
    expect(await findIdByReference(db, 'KR-ICN', ['12345-26-0000009'])).toBeNull();
  });

  it("does not find another post's declaration", async () => {
    const db = await cacheWith(makeDeclaration({ id: 'D-1', reference: 'ABC123456' }));
    expect(await findIdByReference(db, 'ELSEWHERE', ['ABC123456'])).toBeNull();
  });

  it('walks the numbers for a spelling no key look-up could guess', async () => {
    const db = await cacheWith(
      makeDeclaration({ id: 'D-1', reference: 'AB/12-34' }),
      makeDeclaration({ id: 'D-2', reference: 'AB/56-78' }),
    );
    const compact = (reference: string) => reference.replace(/\W/g, '');
    expect(await findIdByReferenceWhere(db, 'KR-ICN', (r) => compact(r) === 'AB5678')).toBe('D-2');
    expect(await findIdByReferenceWhere(db, 'KR-ICN', (r) => compact(r) === 'AB0000')).toBeNull();
  });
});
