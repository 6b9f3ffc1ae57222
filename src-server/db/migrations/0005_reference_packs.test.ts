import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../test-support/databases';
import { migrate } from '../migrate';
import { migrations } from './index';

describe.each(testDatabases())('migration 5 (reference packs) on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open(4);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('keeps the documents published before it and accepts the taxes and codes kinds', async () => {
    await t.db.query(
      `INSERT INTO reference_data (kind, jurisdiction, version, etag, body)
       VALUES ('rates', 'kr', 1, '"old"', '{"week":"2025-W09"}')`,
    );
    await migrate(t.db, migrations.slice(0, 5));
    await t.db.query(
      `INSERT INTO reference_data (kind, jurisdiction, version, etag, body, label, inputs_hash)
       VALUES ('codes', 'kr', 1, '"codes"', '{}', 'code lists', 'hash')`,
    );
    const rows = await t.db.query<{ kind: string; label: string; inputs_hash: string | null }>(
      'SELECT kind, label, inputs_hash FROM reference_data ORDER BY kind',
    );
    await expect(
      t.db.query(
        `INSERT INTO reference_data (kind, jurisdiction, version, etag, body) VALUES ('fonts', 'kr', 1, '"x"', '{}')`,
      ),
    ).rejects.toThrow(/reference_data_kind_check/);
    expect(rows).toEqual([
      { kind: 'codes', label: 'code lists', inputs_hash: 'hash' },
      { kind: 'rates', label: '', inputs_hash: null },
    ]);
  });
});
