import type { CacheDb } from '../../db';
import { findIdByReference, findIdByReferenceWhere } from '../../db/reference-lookup';
import { compactNumber, numberSpellings } from './declaration-number';

/**
 * The id of the post's cached declaration with the typed number, however it was spelled: the
 * likely spellings by key first (instant at any cache size), then every number compared compact.
 */
export async function findDeclarationByNumber(
  db: CacheDb,
  postId: string,
  typed: string,
): Promise<string | null> {
  const spellings = numberSpellings(typed);
  if (spellings.length === 0) return null;
  const exact = await findIdByReference(db, postId, spellings);
  if (exact !== null) return exact;
  const compact = compactNumber(typed);
  return findIdByReferenceWhere(db, postId, (reference) => compactNumber(reference) === compact);
}
