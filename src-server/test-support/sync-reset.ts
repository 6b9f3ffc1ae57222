import type { Declaration } from '@shared/domain/declaration';
import type { Database } from '../db/database';
import { insertSeedData } from '../store/seed';

/** Every table a decision, an amendment, a move or a pruning writes, children first. */
const SYNC_TABLES = [
  'declaration_final_decisions',
  'declaration_amendments',
  'decisions',
  'devices',
  'change_log',
  'declarations',
] as const;

/**
 * Puts the database's sync state back to that of a fresh one holding `declarations`: no
 * decisions, amendments, device progress or change log, the horizon at 0. Posts, officers and
 * their sign-ins stay, so a property test can run many scenarios against one server without
 * opening a database (about 2 s on PGlite) and signing in (scrypt) for each.
 */
export async function resetSyncState(db: Database, declarations: readonly Declaration[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of SYNC_TABLES) await tx.query(`DELETE FROM ${table}`);
    await tx.query('UPDATE change_log_horizon SET pruned_through = 0');
  });
  await insertSeedData(db, { posts: [], officers: [], declarations });
}
