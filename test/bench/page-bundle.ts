// A benchmark page for Chromium: one entry bundled with esbuild beside an index.html that loads it,
// in a fresh directory the API under test serves (on loopback), so every request is same-origin.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';

/**
 * Vite's `?raw` (file text) and `?url` (an asset's address) imports, which a page mounting the
 * app's screens reaches (the tariff search's lists, the notice's fonts): text inlined, assets as
 * data URLs.
 */
const viteImports: Plugin = {
  name: 'vite-imports',
  setup(plugin) {
    plugin.onResolve({ filter: /\?(raw|url)$/ }, (args) => {
      const [path = '', query = ''] = args.path.split('?');
      return { path: resolve(dirname(args.importer), path), namespace: `vite-${query}` };
    });
    plugin.onLoad({ filter: /.*/, namespace: 'vite-raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
    plugin.onLoad({ filter: /.*/, namespace: 'vite-url' }, (args) => ({
      contents: readFileSync(args.path),
      loader: 'dataurl',
    }));
  },
};

export async function writeBenchPage(entry: URL, title: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'border-post-bench-'));
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [viteImports],
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>${title}</title><script src="bench.js"></script>\n`,
  );
  return dir;
}

/** Calls `globalThis[global][name](args)` in the page and returns its (awaited) result. */
export function callInPage<
  Api extends Record<string, (args: never) => unknown>,
  K extends keyof Api & string,
>(page: Page, global: string, name: K, args: Parameters<Api[K]>[0]): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    ([where, fn, input]) => {
      const api = (globalThis as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[where];
      return api?.[fn]?.(input);
    },
    [global, name, args] as const,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

/** Starts the API under test on a free loopback port and resolves with its base URL. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the API has no address');
  return `http://127.0.0.1:${address.port}`;
}
