// The central API for chaos runs: the same server as `src-server/cli.ts --memory --seed-if-empty`,
// plus a loopback-only admin listener so a scenario can act as the declarant (amend) and read the
// decisions table for the invariant checks. Test-only: the product has no such HTTP path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src-server/app';
import { openDatabase } from '../../src-server/db/open';
import { loadDemoDataGenerator } from '../../src-server/seed-loader';
import { amendDeclaration, type DeclarationPatch } from '../../src-server/store/declarations';
import { insertSeedData } from '../../src-server/store/seed';

const seedCount = Number(process.env['CHAOS_SEED_COUNT'] ?? '60');
const staticDir = process.env['CHAOS_STATIC_DIR'] ?? 'dist/renderer';

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

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function main(): Promise<void> {
  const db = await openDatabase({ memory: true });
  const generate = await loadDemoDataGenerator();
  if ('missing' in generate) throw new Error(`demo data generator missing: ${generate.missing}`);
  await insertSeedData(db, generate({ seed: 1, count: seedCount }));
  const app = await buildServer({ db, staticDir, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const apiPort = (app.server.address() as AddressInfo).port;

  const admin = createServer((request, response) => {
    void (async () => {
      try {
        if (request.method === 'POST' && request.url === '/amend') {
          const { id, patch } = (await readJson(request)) as { id: string; patch: DeclarationPatch };
          send(response, 200, await amendDeclaration(db, id, patch));
        } else if (request.method === 'GET' && request.url === '/decisions') {
          const rows = await db.query(
            `SELECT decision_id, device_id, seq::text AS seq, declaration_id, kind, officer_id, outcome
             FROM decisions ORDER BY decision_id`,
          );
          const finals = await db.query(
            'SELECT declaration_id, decision_id FROM declaration_final_decisions',
          );
          send(response, 200, { decisions: rows, finals });
        } else send(response, 404, { error: 'not found' });
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
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
