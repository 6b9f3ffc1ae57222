// Opening a 999-item declaration in real Chromium (issue 11, point 9), as one JSON document:
//   npx tsx test/bench/declaration-open.ts
// A Korean demo declaration (src-server/seed) grown to 999 items from the demo's own goods lines
// is stored through the renderer's cache code; the real declaration page is then mounted again
// and again, signed in, and each open is timed to the painted frame showing its first screen of items
// (declaration-open-page.tsx). The assessment's own first result is the assessment-panel entry.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Declaration, GoodsItem } from '../../shared/domain';
import { generateDemoData } from '../../src-server/seed/generate';
import { chromiumLaunchOptions } from '../chromium';
import type { DeclarationOpenBenchPage } from './declaration-open-page';
import { callInPage, writeBenchPage } from './page-bundle';

const ORIGIN = 'http://declaration-open-bench.invalid';
const RUNS = 12;
const ITEMS = 999;
const round = (value: number) => Math.round(value * 10) / 10;
const quantile = (sorted: readonly number[], q: number) =>
  round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);

/** A demo declaration with 999 items, each a demo goods line renumbered in order. */
export function declarationWith999Items(): Declaration {
  const korean = [...generateDemoData({ seed: 42, count: 400 }).declarations].filter(
    (d) => d.jurisdiction === 'kr',
  );
  const [first] = korean;
  if (!first) throw new Error('the demo generator made no Korean declaration');
  const lines: GoodsItem[] = korean.flatMap((declaration) => declaration.items);
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    ...(lines[i % lines.length] as GoodsItem),
    sequence: i + 1,
  }));
  return { ...first, items };
}

/** The shared bench page, with the app's stylesheets (esbuild writes them beside the bundle). */
async function writePage(): Promise<string> {
  const dir = await writeBenchPage(new URL('./declaration-open-page.tsx', import.meta.url), 'open bench');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>open bench</title>' +
      '<link rel="stylesheet" href="bench.css"><script src="bench.js"></script>\n',
  );
  return dir;
}

export async function runDeclarationOpenBench() {
  const loadAtStart = round(loadavg()[0] ?? NaN);
  const declaration = declarationWith999Items();
  const dir = await writePage();
  const types: Record<string, string> = {
    '/index.html': 'text/html',
    '/bench.js': 'text/javascript',
    '/bench.css': 'text/css',
  };
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const type = types[path];
      return type
        ? route.fulfill({ status: 200, contentType: type, body: readFileSync(join(dir, path.slice(1))) })
        : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'declarationOpenBench' in globalThis);
    const { samples, worstFrameMs } = await callInPage<DeclarationOpenBenchPage, 'open'>(
      page,
      'declarationOpenBench',
      'open',
      { declaration, runs: RUNS, language: 'ko' },
    );
    const [cold, ...warm] = samples;
    const sorted = [...warm].sort((a, b) => a - b);
    return {
      items: declaration.items.length,
      runs: samples.length,
      coldOpenMs: round(cold ?? NaN),
      medianOpenMs: quantile(sorted, 0.5),
      p95OpenMs: quantile(sorted, 0.95),
      worstFrameMs: round(worstFrameMs),
      loadAtStart,
      note: 'mount of the signed-in declaration page to the painted frame showing its items (the first screen of the 999: the table scrolls in its own box), Korean; the first open is cold (code and styles not yet warm); worstFrameMs is the longest gap between frames over all opens',
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runDeclarationOpenBench(), null, 2));
}
