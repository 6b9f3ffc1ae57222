import { join } from 'node:path';

export type BundleLayout = { rendererRoot: string; preloadPath: string };

/**
 * Where the build put the other bundles, relative to the directory of the bundled main script
 * (dist/main). Anchored on the script rather than on the working directory or on
 * app.getAppPath(), which is dist/main itself when Electron is started with a script path
 * instead of the package directory; inside app.asar the same relative layout holds.
 */
export function bundleLayout(mainBundleDir: string): BundleLayout {
  const distDir = join(mainBundleDir, '..');
  return {
    rendererRoot: join(distDir, 'renderer'),
    preloadPath: join(distDir, 'preload', 'preload.cjs'),
  };
}
