import type { DecisionEntry } from '@shared/api/decision-history';
import type { Declaration } from '@shared/domain';
import type { CacheDb } from './cache-db';

/**
 * The post's held declarations and their decisions' history: what the supervisor's queue is made
 * of (a referral holds the goods). Read through the status index, so a post of 100,000 reads only
 * the few hundred held ones.
 */
export async function listHeldWithHistory(
  db: CacheDb,
  postId: string,
): Promise<{ declarations: Declaration[]; history: DecisionEntry[] }> {
  return db.transaction('r', db.declarations, db.decisions, async () => {
    const declarations = await db.declarations
      .where('status')
      .equals('held')
      .filter((declaration) => declaration.postId === postId)
      .toArray();
    const ids = declarations.map((declaration) => declaration.id);
    const history = ids.length === 0 ? [] : await db.decisions.where('declarationId').anyOf(ids).toArray();
    return { declarations, history };
  });
}
