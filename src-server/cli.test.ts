import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthResponse } from '@shared/api/health';
import { authRoutes, Session } from '@shared/api/auth-v1';
import { PostsResponse } from '@shared/api/posts';
import { apiRoutes } from '@shared/api/routes';
import { Client } from 'pg';
import { DEMO_PASSWORD } from './auth/password';
import { dropSchema, randomSchemaName, testDatabases, testPostgresUrl } from './test-support/databases';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const generatorExists = existsSync(fileURLToPath(new URL('./seed/generate.ts', import.meta.url)));
const LISTENING = /^Border Post central API listening on (http:\/\/127\.0\.0\.1:(\d+))$/m;

type Run = { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> };
const running: ChildProcess[] = [];

function startCli(args: string[], databaseUrl = ''): Run {
  // PGlite unless the test asks for PostgreSQL, whatever the caller's environment says.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl };
  const child = spawn(tsx, ['src-server/cli.ts', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** Resolves with the base URL once the listening line appears; fails on exit or after a bound. */
async function listeningUrl(run: Run, timeoutMs = 45_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = LISTENING.exec(run.stdout());
    if (match?.[1] !== undefined) return match[1];
    if (run.child.exitCode !== null) throw new Error(`CLI exited ${run.child.exitCode}: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`CLI did not print the listening line in ${timeoutMs} ms: ${run.stderr()}`);
}

function withinMs<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);
}

afterEach(() => {
  // Only the children this file started, by their own handles.
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

// Each test starts a process that boots PGlite: slow on a loaded machine, so bounds are generous.
describe('the server CLI', { timeout: 90_000 }, () => {
  it('listens on an ephemeral port in memory, answers /health and exits cleanly on SIGTERM', async () => {
    const run = startCli(['--memory', '--port', '0']);
    const url = await listeningUrl(run);
    expect(Number(new URL(url).port)).toBeGreaterThan(0);
    expect(run.stdout().trim().split('\n')).toEqual([`Border Post central API listening on ${url}`]);
    const health = HealthResponse.parse(await (await fetch(`${url}/health`)).json());
    expect(health.database).toBe('pglite');
    run.child.kill('SIGTERM');
    expect(await withinMs(run.exit, 10_000, 'shutdown')).toBe(0);
  });

  it.runIf(testDatabases().some((engine) => engine.kind === 'postgres'))(
    'uses PostgreSQL when DATABASE_URL is set',
    async () => {
      const schema = randomSchemaName();
      // The server itself has no schema option; libpq's `options` confines it to a test schema.
      const pg = new Client({ connectionString: testPostgresUrl });
      await pg.connect();
      await pg.query(`CREATE SCHEMA ${schema}`);
      await pg.end();
      try {
        const url = new URL(testPostgresUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        const run = startCli(['--port', '0'], url.toString());
        const base = await listeningUrl(run);
        const health = HealthResponse.parse(await (await fetch(`${base}/health`)).json());
        expect(health.database).toBe('postgres');
        run.child.kill('SIGTERM');
        expect(await withinMs(run.exit, 10_000, 'shutdown')).toBe(0);
      } finally {
        await dropSchema(schema);
      }
    },
  );

  it('prints usage and exits 2 on a bad option', async () => {
    const run = startCli(['--port', 'eighty']);
    expect(await withinMs(run.exit, 20_000, 'exit')).toBe(2);
    expect(run.stderr()).toMatch(/--port must be an integer[\s\S]*Usage: /);
  });

  it(
    generatorExists
      ? 'seeds demo data into an empty database with --seed-if-empty'
      : 'explains that --seed-if-empty needs the demo data generator',
    async () => {
      const run = startCli(['--memory', '--port', '0', '--seed-if-empty', '--seed-count', '20']);
      if (!generatorExists) {
        expect(await withinMs(run.exit, 20_000, 'exit')).toBe(1);
        expect(run.stderr()).toMatch(
          /demo data generator \(src-server\/seed\/generate\.ts\) is not available/,
        );
        return;
      }
      const url = await listeningUrl(run, 75_000);
      // The demo Busan officer signs in; the posts answer holds their own post only.
      const login = await fetch(`${url}${authRoutes.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'kim.officer',
          password: DEMO_PASSWORD,
          deviceId: 'device-cli-test',
        }),
      });
      const { accessToken } = Session.parse(await login.json());
      const answer = await fetch(`${url}${apiRoutes.posts}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(PostsResponse.parse(await answer.json()).posts.map((post) => post.id)).toEqual(['KR-BUSAN']);
      run.child.kill('SIGTERM');
      expect(await withinMs(run.exit, 10_000, 'shutdown')).toBe(0);
    },
  );
});
