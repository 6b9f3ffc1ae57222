import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { hasAnyPost, insertSeedData } from './seed';
import { generateDemoData } from '../seed/generate';
import { deleteDemoData } from './demo-reset';

describe('deleteDemoData', () => {
  it('removes seeded demo data so the same seed can be inserted again', async () => {
    const db = await openDatabase({ memory: true });
    try {
      await insertSeedData(db, generateDemoData({ seed: 1, count: 50 }));
      expect(await deleteDemoData(db)).toEqual({ declarations: 50 });
      expect(await hasAnyPost(db)).toBe(false);
      const again = await insertSeedData(db, generateDemoData({ seed: 1, count: 50 }));
      expect(again).toEqual({ posts: 3, officers: 9, declarations: 50 });
    } finally {
      await db.close();
    }
  });
});
