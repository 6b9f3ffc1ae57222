// `npm start`: builds the app, starts the reference central API with embedded PGlite (data in
// .data/server, demo data seeded on first run) and opens the officer app: in Electron where its
// runtime is installed, otherwise served to a browser from the same process at the printed address.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findElectronBinary, missingDisplayReason } from './electron-binary';

const port = process.env.PORT ?? '4010';
const dataDir = process.env.BORDER_POST_DATA_DIR ?? '.data/server';

for (const script of ['build:renderer', 'build:node']) {
  const result = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const serverArgs = ['dist/server/cli.mjs', '--port', port, '--static', 'dist/renderer', '--seed-if-empty'];
if (!process.env.DATABASE_URL) serverArgs.push('--data-dir', dataDir);
const server = spawn(process.execPath, serverArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
let electron: ChildProcess | null = null;
let opened = false;

function stop(code: number) {
  electron?.kill('SIGTERM');
  server.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.on('exit', (code) => {
  if (code !== 0 && code !== null) console.error(`The central API exited with code ${code}.`);
  electron?.kill('SIGTERM');
  process.exit(code ?? 0);
});

const lines = createInterface({ input: server.stdout });
lines.on('line', (line) => {
  console.log(line);
  const match = /listening on (http:\/\/\S+)/.exec(line);
  if (match?.[1] && !opened) {
    opened = true;
    openApp(match[1]);
  }
});

function openApp(apiUrl: string) {
  const runtime = findElectronBinary();
  const unavailable = runtime.present ? missingDisplayReason() : runtime.reason;
  if (!runtime.present || unavailable) {
    console.log(`\nElectron is not available here: ${unavailable}.`);
    console.log(`The officer app is served for a browser instead. Open ${apiUrl}/ in Chromium.`);
    console.log('Press Ctrl+C to stop.');
    return;
  }
  electron = spawn(runtime.executablePath, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, BORDER_POST_API_URL: apiUrl },
  });
  electron.on('exit', (code) => stop(code ?? 0));
}
