import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { present: true; executablePath: string } | { present: false; reason: string };

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, without running it:
 * since Electron 42 requiring 'electron' (or letting Playwright do so) downloads the binary from
 * GitHub when it is missing, which some of our build machines cannot reach.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  // Resolving package.json locates the package without executing its index.js.
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      present: false,
      reason: `${pathFile} is missing, so the Electron binary was never downloaded (run "npx install-electron" where github.com is reachable)`,
    };
  }
  const relativeExecutable = readFileSync(pathFile, 'utf8').trim();
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const executablePath = join(distDir, relativeExecutable);
  if (!existsSync(executablePath)) {
    return { present: false, reason: `${executablePath} does not exist` };
  }
  // A binary left over from another Electron version would make index.js download the right one.
  const expectedVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
    .version as string;
  const versionFile = join(electronDir, 'dist', 'version');
  const installedVersion = existsSync(versionFile)
    ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '')
    : '';
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && installedVersion !== expectedVersion) {
    return {
      present: false,
      reason: `the downloaded binary is version "${installedVersion}", not ${expectedVersion}`,
    };
  }
  return { present: true, executablePath };
}

/** Chromium needs a display on Linux; without one Electron exits before the first window. */
export function missingDisplayReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no display on this Linux machine (set DISPLAY or run under xvfb-run)';
}
