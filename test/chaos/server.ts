import { spawn } from 'node:child_process';
import { repoRoot } from '../e2e/server';

export type ChaosServer = { api: string; admin: string; stop: () => Promise<void> };

const LISTENING = /chaos server api=(http:\/\/\S+) admin=(http:\/\/\S+)/;

/** Starts test/chaos/chaos-server.ts (the API in memory plus its admin port) in its own group. */
export function startChaosServer(seedCount: number): Promise<ChaosServer> {
  const child = spawn('npx', ['tsx', 'test/chaos/chaos-server.ts'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CHAOS_SEED_COUNT: String(seedCount) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = `${stderr}${chunk.toString()}`.slice(-4000)));
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.pid === undefined || child.exitCode !== null) return resolve();
      const pid = child.pid;
      const force = setTimeout(() => signal(pid, 'SIGKILL'), 8_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      signal(pid, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`chaos server did not start in 120 s\n${stderr}`));
      // A budget for a loaded machine (it starts in about 10 s alone), not a speed check.
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chaos server exited with ${code}\n${stderr}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = LISTENING.exec(stdout);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ api: match[1], admin: match[2], stop });
      }
    });
  });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    // Negative pid: the process group this run started, nothing else.
    process.kill(-pid, name);
  } catch {
    // Already gone.
  }
}
