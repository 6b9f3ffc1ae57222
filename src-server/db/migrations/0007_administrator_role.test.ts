import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../test-support/databases';
import { migrate } from '../migrate';
import { migrations } from './index';

describe.each(testDatabases())('migration 7 (administrator role) on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open(6);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const addOfficer = (id: string, role: string) =>
    t.db.query(
      `INSERT INTO officers (id, post_id, username, display_name, role, demo)
       VALUES ($1, 'M7', $1, $1, $2, true)`,
      [id, role],
    );

  it('keeps the officers stored before it, accepts administrators and still refuses unknown roles', async () => {
    await t.db.query(
      `INSERT INTO posts (id, office_code, name, name_local, jurisdiction, currency, timezone, demo)
       VALUES ('M7', '000', 'Post', 'Post', 'kr', 'KRW', 'Asia/Seoul', true)`,
    );
    await addOfficer('m7.officer', 'officer');
    await expect(addOfficer('m7.admin', 'administrator')).rejects.toThrow(/officers_role_check/);
    await migrate(t.db, migrations.slice(0, 7));
    await addOfficer('m7.admin', 'administrator');
    await expect(addOfficer('m7.clerk', 'clerk')).rejects.toThrow(/officers_role_check/);
    const rows = await t.db.query<{ id: string; role: string }>('SELECT id, role FROM officers ORDER BY id');
    expect(rows).toEqual([
      { id: 'm7.admin', role: 'administrator' },
      { id: 'm7.officer', role: 'officer' },
    ]);
  });
});
