import type { Database } from '../db/database';

/**
 * Deletes demo rows so `npm run seed -- --reset` can start over: demo declarations with their
 * change-log entries, decisions and amendments; demo officers with their sessions and devices;
 * and demo posts nothing else refers to. Real (non-demo) rows are never touched. Runs in one
 * transaction; a table added later that references these rows makes it fail loudly rather than
 * leave half a reset.
 */
export async function deleteDemoData(db: Database): Promise<{ declarations: number }> {
  return db.transaction(async (tx) => {
    const demoDeclarations = `SELECT id FROM declarations WHERE (doc ->> 'demo')::boolean`;
    await tx.query(`DELETE FROM declaration_final_decisions WHERE declaration_id IN (${demoDeclarations})`);
    await tx.query(`DELETE FROM declaration_amendments WHERE declaration_id IN (${demoDeclarations})`);
    await tx.query(`DELETE FROM decisions WHERE declaration_id IN (${demoDeclarations})`);
    const demoOfficers = 'SELECT id FROM officers WHERE demo';
    await tx.query(`DELETE FROM refresh_tokens WHERE officer_id IN (${demoOfficers})`);
    await tx.query(`DELETE FROM devices WHERE officer_id IN (${demoOfficers})`);
    await tx.query(
      `DELETE FROM change_log WHERE declaration_id IN
         (SELECT id FROM declarations WHERE (doc ->> 'demo')::boolean)`,
    );
    const deleted = await tx.query<{ id: string }>(
      `DELETE FROM declarations WHERE (doc ->> 'demo')::boolean RETURNING id`,
    );
    await tx.query('DELETE FROM officers WHERE demo');
    await tx.query(
      `DELETE FROM posts p WHERE p.demo
         AND NOT EXISTS (SELECT 1 FROM declarations d WHERE d.post_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM officers o WHERE o.post_id = p.id)`,
    );
    return { declarations: deleted.length };
  });
}
