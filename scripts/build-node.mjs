// Bundles the Node-side entry points with esbuild:
//   src-main/main.ts          → dist/main/main.cjs       (Electron main process)
//   src-main/preload/preload.ts → dist/preload/preload.cjs (sandboxed preload: one CJS file)
//   src-server/cli.ts         → dist/server/cli.mjs      (reference central API)
// The renderer is built by Vite into dist/renderer (npm run build:renderer).
// `@shared/*` resolves through the `paths` of tsconfig.base.json, which esbuild reads from the
// tsconfig nearest each entry; the build fails on an unresolved import, so a broken alias shows here.
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Electron 44 runs Node 24 and Chromium 14x; node20 / es2023 are safe floors for both. */
const shared = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

const targets = [
  {
    name: 'main',
    entryPoints: ['src-main/main.ts'],
    outfile: 'dist/main/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    allowedExternals: ['electron', ...nodeBuiltins],
  },
  {
    // platform 'browser': a sandboxed preload cannot require Node built-ins, so bundling one by
    // accident must fail the build rather than the app at start-up.
    name: 'preload',
    entryPoints: ['src-main/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    allowedExternals: ['electron'],
  },
  {
    name: 'server',
    entryPoints: ['src-server/cli.ts'],
    outfile: 'dist/server/cli.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Bundled CommonJS inside an ES module calls require(); give it one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  },
];

/** The imports a bundle left to the runtime; for main and preload only Electron may be among them. */
function externalImports(metafile) {
  return [
    ...new Set(
      Object.values(metafile.outputs).flatMap((output) =>
        output.imports.filter((i) => i.external).map((i) => i.path),
      ),
    ),
  ];
}

let failed = false;
for (const { name, allowedExternals, ...options } of targets) {
  const entry = join(root, options.entryPoints[0]);
  if (!existsSync(entry)) {
    console.log(`build-node: skipping ${name}: ${relative(root, entry)} does not exist yet.`);
    continue;
  }
  await rm(dirname(join(root, options.outfile)), { recursive: true, force: true });
  try {
    const result = await esbuild.build({ ...shared, ...options });
    const externals = externalImports(result.metafile);
    const unexpected = allowedExternals ? externals.filter((path) => !allowedExternals.includes(path)) : [];
    if (unexpected.length > 0) {
      failed = true;
      console.error(
        `build-node: ${name} must be self-contained but imports ${unexpected.join(', ')} at run time.`,
      );
      continue;
    }
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([file]) => !file.endsWith('.map'))
      .reduce((sum, [, output]) => sum + output.bytes, 0);
    console.log(`build-node: ${name} → ${options.outfile} (${(bytes / 1024).toFixed(1)} KiB)`);
  } catch {
    // esbuild has already printed the errors with file and line.
    failed = true;
    console.error(`build-node: ${name} failed.`);
  }
}

if (failed) process.exit(1);
console.log(`build-node: done; output in ${relative(process.cwd(), dist) || 'dist'}.`);
