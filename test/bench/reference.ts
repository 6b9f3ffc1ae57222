// Reference pack download and switch-in in real Chromium against the real central API on loopback
// (issue 9, part 9): `npx tsx test/bench/reference.ts`, or in `npm run bench` as `referencePack`.
// The API runs in this process (PGlite in memory) with the UK packs published from assets/data,
// and serves a page bundled from test/bench/reference-page.ts that runs the renderer's own
// fetchManifest, downloadPack (streamed, gzip, checksum, schema) and storeAndSwitch (IndexedDB).
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { authRoutes, Session } from '../../shared/api';
import { buildServer } from '../../src-server/app';
import { DEMO_PASSWORD } from '../../src-server/auth/password';
import { openDatabase } from '../../src-server/db/open';
import { publishReferencePacks } from '../../src-server/reference/publish';
import { insertSeedData } from '../../src-server/store/seed';
import { generateDemoData } from '../../src-server/seed/generate';
import { chromiumLaunchOptions } from '../chromium';
import { callInPage, listenOnLoopback, writeBenchPage } from './page-bundle';
import type { ReferenceBenchPage } from './reference-page';

const RUNS = 5;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const inPage = <K extends keyof ReferenceBenchPage & string>(
  page: Page,
  name: K,
  args: Parameters<ReferenceBenchPage[K]>[0],
) => callInPage<ReferenceBenchPage, K>(page, 'borderPostReferenceBench', name, args);

/** The UK tariff pack downloaded and switched in `RUNS` times, each into a fresh IndexedDB. */
export async function runReferenceBench() {
  const pageDir = await writeBenchPage(new URL('./reference-page.ts', import.meta.url), 'reference bench');
  const db = await openDatabase({ memory: true });
  const demo = generateDemoData({ seed: 1, count: 0 });
  await insertSeedData(db, demo);
  const publishStarted = performance.now();
  await publishReferencePacks(db, { jurisdictions: ['uk'] });
  const publishMs = performance.now() - publishStarted;
  const app = await buildServer({ db, staticDir: pageDir, logger: false });
  const baseUrl = await listenOnLoopback(app);
  const officer = demo.officers.find((candidate) => candidate.username === 'clarke.officer');
  if (officer === undefined) throw new Error('no demo officer clarke.officer');
  const login = await fetch(`${baseUrl}${authRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: officer.username,
      password: DEMO_PASSWORD,
      deviceId: 'bench-reference',
    }),
  });
  const token = Session.parse(await login.json()).accessToken;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/index.html`);
    await page.waitForFunction(() => 'borderPostReferenceBench' in globalThis);
    const args = { baseUrl, token, jurisdiction: 'uk', kind: 'tariff' } as const;
    // One warm-up run, not counted: the first includes compiling the bundle and gzipping the pack.
    await inPage(page, 'downloadAndSwitch', { ...args, database: 'bench-reference-warmup' });
    const runs = [];
    for (let run = 0; run < RUNS; run++)
      runs.push(await inPage(page, 'downloadAndSwitch', { ...args, database: `bench-reference-${run}` }));
    const parseOnly = await inPage(page, 'parseOnly', args);
    const first = runs[0];
    return {
      what: 'UK tariff pack: manifest, streamed gzip download, SHA-256 + zod check, stored and switched in IndexedDB (on the page thread here; the app runs check and store in a worker), in Chromium against the API on loopback, median of runs after one warm-up',
      chromium: browser.version(),
      runs: RUNS,
      bytes: first?.bytes ?? null,
      transferredBytes: first?.transferredBytes ?? null,
      downloadMs: round(median(runs.map((r) => r.downloadMs))),
      parseValidateMs: round(median(runs.map((r) => r.parseValidateMs))),
      storeSwitchMs: round(median(runs.map((r) => r.storeSwitchMs))),
      totalMs: round(median(runs.map((r) => r.totalMs))),
      peerJsonParseOnlyMs: round(parseOnly.ms),
      serverPublishMs: round(publishMs),
    };
  } finally {
    await browser.close();
    await app.close();
    await db.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await runReferenceBench(), null, 2)}\n`);
}
