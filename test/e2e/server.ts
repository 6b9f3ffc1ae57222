import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const LISTENING = /Border Post central API listening on (http:\/\/\S+)/;
const STARTUP_TIMEOUT_MS = 90_000;

/**
 * Builds the renderer if the server would have nothing to serve. An existing build is reused to
 * keep runs fast; E2E_REBUILD=1 forces a fresh one after renderer changes.
 */
export function ensureRendererBuilt(): void {
  if (existsSync(`${repoRoot}/dist/renderer/index.html`) && process.env['E2E_REBUILD'] !== '1') return;
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:renderer failed with status ${build.status}`);
}

export type RunningServer = { url: string; stop: () => Promise<void> };

export type StartOptions = {
  /** A PostgreSQL database to run on (DATABASE_URL) instead of PGlite in memory. */
  databaseUrl?: string;
};

/**
 * Starts the central API with seeded demo data, in memory unless `databaseUrl` is given, serving
 * the built renderer at /, and resolves with its URL once it prints its listening line. Runs in
 * its own process group so the npx → tsx → node chain is stopped as a whole.
 */
export function startServer(seedCount: number, options: StartOptions = {}): Promise<RunningServer> {
  const database = options.databaseUrl === undefined ? ['--memory'] : [];
  const child = spawn(
    'npx',
    [
      'tsx',
      'src-server/cli.ts',
      ...database,
      '--seed-if-empty',
      '--seed-count',
      String(seedCount),
      '--port',
      '0',
      '--static',
      'dist/renderer',
    ],
    {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
      },
    },
  );
  const stop = () => stopProcessGroup(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString()}`.slice(-4000);
  });

  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (reason: string): void => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`${reason}\n--- server stderr ---\n${stderr}`));
    };
    const timer = setTimeout(
      () => fail(`the API did not start within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => fail(`the API exited with code ${code} before listening`));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = LISTENING.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ url: match[1], stop });
      }
    });
  });
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // A negative pid signals the process group this test started, and nothing else.
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
