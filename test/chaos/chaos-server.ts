// The central API for chaos runs: the same server as `src-server/cli.ts --seed-if-empty` on an
// on-disk PGlite, plus a loopback-only admin listener through which a scenario acts as the
// declarant (amend), as operations (cold backup, restore from it, change-log pruning) and as time
// (the server's clock moved forward: tokens expire, retention passes). It also reads the decisions
// table for the invariant checks. Test-only: the product has no such HTTP path.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src-server/app';
import type { Database } from '../../src-server/db/database';
import { openDatabase } from '../../src-server/db/open';
import { loadDemoDataGenerator } from '../../src-server/seed-loader';
import { pruneChangeLog } from '../../src-server/store/change-log';
import { listPostsWithOfficers } from '../../src-server/store/posts';
import { amendDeclaration, type DeclarationPatch } from '../../src-server/store/declarations';
import { insertSeedData } from '../../src-server/store/seed';

const seedCount = Number(process.env['CHAOS_SEED_COUNT'] ?? '60');
const staticDir = process.env['CHAOS_STATIC_DIR'] ?? 'dist/renderer';
const RETENTION_MS = 30 * 24 * 60 * 60_000;

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      try {
        resolve(body === '' ? null : JSON.parse(body));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function copyDir(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** The API process's state: one database and app at a time, restarted for backup and restore. */
class CentralApi {
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'border-post-chaos-db-'));
  private readonly backupDir = `${this.dataDir}-backup`;
  /** Kept across restarts, as a deployment keeps BORDER_POST_TOKEN_KEY: tokens outlive a restore. */
  private readonly tokenKey = randomBytes(32);
  private offsetMs = 0;
  private port = 0;
  private db: Database | null = null;
  private app: FastifyInstance | null = null;
  /** Admin operations run one at a time; a restart must not interleave with an amendment. */
  private queue: Promise<unknown> = Promise.resolve();

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  async start(): Promise<number> {
    const db = await this.open();
    const generate = await loadDemoDataGenerator();
    if ('missing' in generate) throw new Error(`demo data generator missing: ${generate.missing}`);
    await insertSeedData(db, generate({ seed: 1, count: seedCount }));
    await this.listen();
    return this.port;
  }

  serial<T>(operation: (db: Database) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => operation(this.database()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  advanceClock(ms: number): Promise<{ offsetMs: number }> {
    return this.serial(async () => {
      this.offsetMs += ms;
      return { offsetMs: this.offsetMs };
    });
  }

  prune(): Promise<{ deleted: number; prunedThrough: string }> {
    return this.serial(async (db) => {
      const result = await pruneChangeLog(db, RETENTION_MS, this.now());
      return { deleted: result.deleted, prunedThrough: result.prunedThrough.toString() };
    });
  }

  /** A cold backup: the API stops, its data directory is copied, and it starts again. */
  backup(): Promise<{ ok: true }> {
    return this.whileStopped(() => copyDir(this.dataDir, this.backupDir));
  }

  /** Operations restore the last backup: everything after it is gone from the server. */
  restore(): Promise<{ ok: true }> {
    return this.whileStopped(() => copyDir(this.backupDir, this.dataDir));
  }

  private whileStopped(work: () => void): Promise<{ ok: true }> {
    return this.serial(async () => {
      await this.stop();
      work();
      await this.open();
      await this.listen();
      return { ok: true as const };
    });
  }

  async shutdown(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.backupDir, { recursive: true, force: true });
  }

  private database(): Database {
    if (this.db === null) throw new Error('the central API is not running');
    return this.db;
  }

  private async open(): Promise<Database> {
    this.db = await openDatabase({ dataDir: this.dataDir });
    return this.db;
  }

  private async listen(): Promise<void> {
    const app = await buildServer({
      db: this.database(),
      staticDir,
      logger: false,
      tokenKey: this.tokenKey,
      now: this.now,
    });
    // The same port after a restart: devices and the proxy know only that address.
    await app.listen({ port: this.port, host: '127.0.0.1' });
    this.port = (app.server.address() as AddressInfo).port;
    this.app = app;
  }

  private async stop(): Promise<void> {
    const app = this.app;
    this.app = null;
    if (app !== null) {
      const closing = app.close();
      // SSE streams would hold the close open; a stopping server drops them like any other.
      app.server.closeAllConnections();
      await closing;
    }
    await this.db?.close();
    this.db = null;
  }
}

async function main(): Promise<void> {
  const api = new CentralApi();
  const apiPort = await api.start();
  const routes: Record<string, (body: unknown) => Promise<unknown>> = {
    'POST /amend': (body) => {
      const { id, patch } = body as { id: string; patch: DeclarationPatch };
      return api.serial((db) => amendDeclaration(db, id, patch));
    },
    'POST /amend-many': (body) => {
      const { amendments } = body as { amendments: { id: string; patch: DeclarationPatch }[] };
      return api.serial(async (db) => {
        for (const { id, patch } of amendments) await amendDeclaration(db, id, patch);
        return { amended: amendments.length };
      });
    },
    'GET /decisions': () =>
      api.serial(async (db) => ({
        decisions: await db.query(
          `SELECT decision_id, device_id, seq::text AS seq, declaration_id, kind, officer_id, outcome
           FROM decisions ORDER BY decision_id`,
        ),
        finals: await db.query('SELECT declaration_id, decision_id FROM declaration_final_decisions'),
      })),
    'GET /posts': () => api.serial(async (db) => ({ posts: await listPostsWithOfficers(db) })),
    'POST /clock': (body) => api.advanceClock(Number((body as { advanceMs: number }).advanceMs)),
    'POST /prune': () => api.prune(),
    'POST /backup': () => api.backup(),
    'POST /restore': () => api.restore(),
  };
  const admin = createServer((request, response) => {
    void (async () => {
      try {
        const route = routes[`${request.method} ${request.url}`];
        if (route === undefined) return send(response, 404, { error: 'not found' });
        send(response, 200, await route(await readJson(request)));
      } catch (error) {
        send(response, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => admin.listen(0, '127.0.0.1', resolve));
  const adminPort = (admin.address() as AddressInfo).port;
  console.log(`chaos server api=http://127.0.0.1:${apiPort} admin=http://127.0.0.1:${adminPort}`);

  const shutdown = (): void => {
    setTimeout(() => process.exit(1), 5_000).unref();
    admin.close();
    void api.shutdown().finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
