import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeSeed } from '../test-support/fixtures';
import { testDatabases, testPostgresUrl, type TestDatabase } from '../test-support/databases';
import { insertSeedData } from '../store/seed';
import { listPostsWithOfficers } from '../store/posts';
import { migrate, readSchemaVersion, SchemaTooNewError } from './migrate';
import { migrations } from './migrations/index';
import { openDatabase } from './open';

const latest = migrations.at(-1)?.version ?? 0;

describe('the migration list', () => {
  it('is numbered 1, 2, 3… without gaps, so the order never depends on file names', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});

describe.each(testDatabases())('migrations on $kind', (engine) => {
  // One database per engine: every test leaves the schema as it found it.
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('apply every migration when the database opens', async () => {
    expect(await readSchemaVersion(t.db)).toBe(latest);
    const tables = await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(tables.map((row) => row.name)).toEqual([
      'change_log',
      'change_log_horizon',
      'decisions',
      'declaration_amendments',
      'declaration_final_decisions',
      'declarations',
      'devices',
      'officers',
      'posts',
      'reference_data',
      'refresh_tokens',
      'schema_migrations',
    ]);
  });

  it('are a no-op when run again', async () => {
    expect(await migrate(t.db)).toBe(latest);
    const rows = await t.db.query<{ count: number }>(
      'SELECT count(*)::integer AS count FROM schema_migrations',
    );
    expect(rows[0]?.count).toBe(migrations.length);
  });

  it('refuse a database migrated by a newer server', async () => {
    await t.db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
    try {
      await expect(migrate(t.db)).rejects.toThrow(
        `database schema version 999 is newer than this server (${latest}); upgrade the server`,
      );
      await expect(migrate(t.db)).rejects.toBeInstanceOf(SchemaTooNewError);
    } finally {
      await t.db.query('DELETE FROM schema_migrations WHERE version = 999');
    }
  });

  it('roll back entirely when one migration fails', async () => {
    const broken = [
      ...migrations,
      { version: latest + 1, name: 'half', sql: 'CREATE TABLE half_done (x int);' },
      { version: latest + 2, name: 'broken', sql: 'SELECT no_such_column FROM posts;' },
    ];
    await expect(migrate(t.db, broken)).rejects.toThrow(/no_such_column/);
    expect(await readSchemaVersion(t.db)).toBe(latest);
    const rows = await t.db.query<{ found: string | null }>("SELECT to_regclass('half_done')::text AS found");
    expect(rows[0]?.found).toBeNull();
  });
});

/** Inserts a raw decision row as an older server stored it. */
function insertDecision(
  t: TestDatabase,
  row: { id: string; device: string; seq: number; officer?: string; outcome?: string },
): Promise<unknown> {
  return t.db.query(
    `INSERT INTO decisions (decision_id, device_id, seq, declaration_id, kind, base_version, officer_id, command, outcome)
     VALUES ($1, $2, $3, 'D', 'hold', 1, $4, '{}', $5)`,
    [row.id, row.device, row.seq, row.officer ?? 'OFF-PUS-pus.kim', row.outcome ?? null],
  );
}

describe.each(testDatabases())('migration 3 (device processed count) on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open(2);
    await insertSeedData(t.db, makeSeed('PUS', 3));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('counts the decisions each device already has, and gives a device row to one without', async () => {
    // Schema 2, holding decisions from two devices, one of which never got its row.
    await t.db.query(
      "INSERT INTO devices (device_id, officer_id, last_processed_seq) VALUES ('dev-a', 'OFF-PUS-pus.kim', 2)",
    );
    await insertDecision(t, { id: 'a1', device: 'dev-a', seq: 1 });
    await insertDecision(t, { id: 'a2', device: 'dev-a', seq: 2 });
    await insertDecision(t, { id: 'b1', device: 'dev-b', seq: 1 });
    expect(await migrate(t.db, migrations.slice(0, 3))).toBe(3);
    const rows = await t.db.query<{ device_id: string; seq: string; count: string }>(
      `SELECT device_id, last_processed_seq::text AS seq, processed_count::text AS count
       FROM devices ORDER BY device_id`,
    );
    expect(rows).toEqual([
      { device_id: 'dev-a', seq: '2', count: '2' },
      { device_id: 'dev-b', seq: '0', count: '1' },
    ]);
  });
});

describe.each(testDatabases())('migration 4 (progress per officer) on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open(3);
    await insertSeedData(t.db, makeSeed('PUS', 3));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("splits each device's progress by officer, from the decisions actually held", async () => {
    const kim = 'OFF-PUS-pus.kim';
    const lee = 'OFF-PUS-pus.lee';
    await t.db.query(
      `INSERT INTO officers (id, post_id, username, display_name, role, demo)
       VALUES ($1, 'PUS', 'pus.lee', 'Lee', 'officer', true)`,
      [lee],
    );
    // Schema 3: lee signed in last on dev-a and took its row over; a refused command had raised
    // its seq to 999999; seq 2 was used twice; one command was rejected.
    await t.db.query(
      `INSERT INTO devices (device_id, officer_id, last_processed_seq, processed_count)
       VALUES ('dev-a', $1, 999999, 4)`,
      [lee],
    );
    await insertDecision(t, { id: 'a1', device: 'dev-a', seq: 1 });
    await insertDecision(t, { id: 'a2', device: 'dev-a', seq: 2 });
    await insertDecision(t, { id: 'a2-again', device: 'dev-a', seq: 2 });
    await insertDecision(t, {
      id: 'l3',
      device: 'dev-a',
      seq: 3,
      officer: lee,
      outcome: '{"outcome":"REJECTED"}',
    });
    expect(await migrate(t.db)).toBe(latest);

    const devices = await t.db.query<{ officer_id: string; seq: string; count: string }>(
      `SELECT officer_id, last_processed_seq::text AS seq, processed_count::text AS count
       FROM devices WHERE device_id = 'dev-a' ORDER BY officer_id`,
    );
    expect(devices).toEqual([
      { officer_id: kim, seq: '2', count: '3' },
      { officer_id: lee, seq: '3', count: '1' },
    ]);
    const marked = await t.db.query<{ decision_id: string; reused: boolean; rejected: boolean }>(
      `SELECT decision_id, seq_reused_before_rule AS reused, rejected_at IS NOT NULL AS rejected
       FROM decisions ORDER BY decision_id`,
    );
    expect(marked).toEqual([
      { decision_id: 'a1', reused: false, rejected: false },
      { decision_id: 'a2', reused: false, rejected: false },
      { decision_id: 'a2-again', reused: true, rejected: false },
      { decision_id: 'l3', reused: false, rejected: true },
    ]);
    // From now on the database itself refuses a second command under one seq.
    await expect(insertDecision(t, { id: 'a1-again', device: 'dev-a', seq: 1 })).rejects.toThrow();
  });
});

describe.runIf(testDatabases().some((engine) => engine.kind === 'postgres'))(
  'openDatabase on postgres',
  () => {
    it('refuses, on reopening, a schema a newer server has migrated', async () => {
      const t = await testDatabases()[1]!.open();
      const schema = (await t.db.query<{ schema: string }>('SELECT current_schema() AS schema'))[0]!.schema;
      await t.db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await expect(openDatabase({ url: testPostgresUrl, schema })).rejects.toThrow(/newer than this server/);
      await t.dispose();
    });
  },
);

describe('a PGlite data directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'border-post-pglite-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data across close and reopen, and is refused once a newer server migrated it', async () => {
    const first = await openDatabase({ dataDir: dir });
    await insertSeedData(first, makeSeed('PUS', 3));
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    expect((await listPostsWithOfficers(second)).map((post) => post.id)).toEqual(['PUS']);
    await second.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
    await second.close();

    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
      `database schema version 999 is newer than this server (${latest}); upgrade the server`,
    );
  });
});
