// Sync benchmarks in real Chromium against the real central API, printed as one JSON document:
//   npx tsx test/bench/sync.ts            10,000 declarations bootstrapped (a few minutes in all)
//   npx tsx test/bench/sync.ts --full     100,000 declarations bootstrapped
//   npx tsx test/bench/sync.ts --count N  N declarations bootstrapped
// The API runs in this process (PGlite in memory, demo data from generateDemoData, stored with
// insertSeedData) and serves a page bundled from test/bench/sync-page.ts, which drives the
// renderer's own firstSync, DexieSyncStore and HttpSyncTransport. Entries:
// (1) cold bootstrap of one post (KR-BUSAN) into an empty IndexedDB;
// (4) its ceiling in the same run: the same declarations bulkPut with the same page size, no network;
// (2) incremental pull of 5,000 amended declarations; (3) push of 10,000 decisions (KR-ICN).
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { authRoutes, Session, SNAPSHOT_PAGE_DEFAULT } from '../../shared/api';
import type { Declaration, DecisionCommand, DecisionId, DecisionKind, DeviceId } from '../../shared/domain';
import { transition } from '../../shared/domain/decision-rules';
import { seededRandom } from '../../shared/sync/random';
import { mintDecisionId } from '../../shared/sync/uuidv7';
import { buildServer } from '../../src-server/app';
import { DEMO_PASSWORD } from '../../src-server/auth/password';
import { openDatabase } from '../../src-server/db/open';
import { generateDemoData } from '../../src-server/seed/generate';
import { DEMO_OFFICERS, POST_IDS } from '../../src-server/seed/tables/posts';
import { amendDeclaration } from '../../src-server/store/declarations';
import { insertSeedData } from '../../src-server/store/seed';
import { chromiumLaunchOptions } from '../chromium';
import { callInPage, listenOnLoopback, writeBenchPage } from './page-bundle';
import type { SyncBenchPage } from './sync-page';
import { isReasonRequired } from '../../shared/domain/decision-rules';
import { firstReasonCode } from '../../shared/domain/reason-codes';

export const QUICK_COUNT = 10_000;
const FULL_COUNT = 100_000;
const AMENDMENTS = 5_000;
const DECISIONS = 10_000;
const SEED = 42;
const BOOTSTRAP_POST = POST_IDS.busan;
const PUSH_POST = POST_IDS.incheon;
/** Tried in turn from a rotating start, so the pushed decisions mix kinds, final and not. */
const KINDS: readonly DecisionKind[] = ['hold', 'inspect', 'reject', 'refer', 'release', 'reassess'];

function parseCount(argv: readonly string[]): number {
  const at = argv.indexOf('--count');
  if (at >= 0) {
    const count = Number(argv[at + 1]);
    if (!Number.isSafeInteger(count) || count < 1) throw new Error('--count needs a positive whole number');
    return count;
  }
  return argv.includes('--full') ? FULL_COUNT : QUICK_COUNT;
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms);

/** What was seeded for the bootstrap post: its count, and the first declarations to amend. */
type Bootstrapped = { count: number; toAmend: Declaration[] };

/** The bootstrap post gets `count` declarations, the push post enough undecided ones; others are left out. */
function* selectDeclarations(
  all: Iterable<Declaration>,
  count: number,
  bootstrapped: Bootstrapped,
  decidable: Declaration[],
): Generator<Declaration> {
  for (const declaration of all) {
    if (bootstrapped.count >= count && decidable.length >= DECISIONS) return;
    if (declaration.postId === BOOTSTRAP_POST && bootstrapped.count < count) {
      bootstrapped.count++;
      // Only the few amended later stay in memory: 100,000 declarations would not fit comfortably.
      if (bootstrapped.toAmend.length < AMENDMENTS) bootstrapped.toAmend.push(declaration);
      yield declaration;
    } else if (declaration.postId === PUSH_POST && decidable.length < DECISIONS) {
      const kind = kindFor(declaration, decidable.length);
      if (kind === null) continue;
      decidable.push(declaration);
      yield declaration;
    }
  }
}

function kindFor(declaration: Declaration, index: number): DecisionKind | null {
  for (let turn = 0; turn < KINDS.length; turn++) {
    const kind = KINDS[(index + turn) % KINDS.length];
    if (kind !== undefined && transition(kind, declaration.status) !== null) return kind;
  }
  return null;
}

function decisionsFor(declarations: readonly Declaration[], deviceId: DeviceId): DecisionCommand[] {
  const officer = DEMO_OFFICERS.find(({ postId, role }) => postId === PUSH_POST && role === 'officer');
  if (officer === undefined) throw new Error(`no demo officer at ${PUSH_POST}`);
  const random = seededRandom(SEED);
  let previous: DecisionId | null = null;
  return declarations.map((declaration, index) => {
    const kind = kindFor(declaration, index);
    if (kind === null) throw new Error(`no decision fits ${declaration.id}`);
    const decisionId: DecisionId = mintDecisionId(previous, Date.now(), random);
    previous = decisionId;
    return {
      decisionId,
      deviceId,
      seq: index + 1,
      declarationId: declaration.id,
      baseVersion: declaration.version,
      kind,
      officerId: officer.id,
      // A hold, referral or rejection needs a reason code (REASON_REQUIRED); the others may go without.
      reasonCode: isReasonRequired(kind) ? firstReasonCode(kind) : null,
      note: 'bench',
      decidedAt: new Date().toISOString(),
      supersedes: null,
    };
  });
}

async function signIn(baseUrl: string, role: 'officer', postId: string, deviceId: DeviceId): Promise<string> {
  const username = DEMO_OFFICERS.find(
    (officer) => officer.postId === postId && officer.role === role,
  )?.username;
  if (username === undefined) throw new Error(`no demo ${role} at ${postId}`);
  const response = await fetch(`${baseUrl}${authRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, deviceId }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return Session.parse(await response.json()).accessToken;
}

/** Where a paged download's wall time went: the rest is parsing, schema checks and IndexedDB. */
function breakdown(entry: { ms: number; waitingMs: number; receivingMs: number }) {
  return {
    waitingForServerMs: round(entry.waitingMs),
    receivingMs: round(entry.receivingMs),
    inPageMs: round(entry.ms - entry.waitingMs - entry.receivingMs),
  };
}

const inPage = <K extends keyof SyncBenchPage & string>(
  page: Page,
  name: K,
  args: Parameters<SyncBenchPage[K]>[0],
) => callInPage<SyncBenchPage, K>(page, 'borderPostBench', name, args);

/** All four entries for `count` bootstrapped declarations; also called by test/bench/run.ts. */
export async function runSyncBench(count: number = QUICK_COUNT) {
  const amendments = Math.min(AMENDMENTS, count);
  const started = performance.now();
  // Other work on the machine skews every figure: the 1-minute load average shows whether there was any.
  const loadAtStart = round(loadavg()[0] ?? NaN, 2);
  const pageDir = await writeBenchPage(new URL('./sync-page.ts', import.meta.url), 'sync bench');
  const db = await openDatabase({ memory: true });

  const bootstrapped: Bootstrapped = { count: 0, toAmend: [] };
  const decidable: Declaration[] = [];
  const seedStart = performance.now();
  const demo = generateDemoData({ seed: SEED, count: Number.MAX_SAFE_INTEGER });
  const seeded = await insertSeedData(db, {
    ...demo,
    declarations: selectDeclarations(demo.declarations, count, bootstrapped, decidable),
  });
  const seedMs = performance.now() - seedStart;

  const app = await buildServer({ db, staticDir: pageDir, logger: false });
  const baseUrl = await listenOnLoopback(app);
  const pullDevice = 'bench-pull-device' as DeviceId;
  const pushDevice = 'bench-push-device' as DeviceId;
  const pullToken = await signIn(baseUrl, 'officer', BOOTSTRAP_POST, pullDevice);
  const pushToken = await signIn(baseUrl, 'officer', PUSH_POST, pushDevice);
  const commands = decisionsFor(decidable, pushDevice);

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/index.html`);
    await page.waitForFunction(() => 'borderPostBench' in globalThis);
    const chromiumVersion = browser.version();

    // The snapshot needs a session, as every sync route does: the officer of the bootstrap post's.
    const bootstrap = await inPage(page, 'bootstrap', { baseUrl, postId: BOOTSTRAP_POST, token: pullToken });
    if (bootstrap.stored !== count) throw new Error(`bootstrap stored ${bootstrap.stored}, not ${count}`);
    const ceiling = await inPage(page, 'ceiling', { pageSize: SNAPSHOT_PAGE_DEFAULT });

    const amendStart = performance.now();
    for (const declaration of bootstrapped.toAmend.slice(0, amendments)) {
      await amendDeclaration(db, declaration.id, { riskScore: declaration.riskScore === 0 ? 1 : 0 });
    }
    const amendMs = performance.now() - amendStart;
    const pull = await inPage(page, 'pull', {
      baseUrl,
      postId: BOOTSTRAP_POST,
      deviceId: pullDevice,
      token: pullToken,
    });
    if (pull.changes !== amendments) throw new Error(`pulled ${pull.changes} changes, not ${amendments}`);

    const push = await inPage(page, 'push', {
      baseUrl,
      postId: PUSH_POST,
      deviceId: pushDevice,
      token: pushToken,
      commands,
    });

    const ceilingRate = ceiling.records / (ceiling.ms / 1000);
    const results = {
      bootstrap: {
        what: `cold first sync of ${BOOTSTRAP_POST}: the renderer's firstSync (createApiClient, writeSnapshotPage) paging GET /sync/v1/snapshot as the signed-in officer (${SNAPSHOT_PAGE_DEFAULT} per page, the app's default) into an empty IndexedDB`,
        declarations: bootstrap.received,
        items: ceiling.items,
        pages: bootstrap.pages,
        responseMb: round(bootstrap.bodyBytes / 2 ** 20),
        wallMs: round(bootstrap.ms),
        ...breakdown(bootstrap),
        recordsPerSecond: perSecond(bootstrap.received, bootstrap.ms),
        ratioToCeiling: round(bootstrap.received / (bootstrap.ms / 1000) / ceilingRate, 3),
      },
      ceiling: {
        what: "peer: the same declarations, read back untimed, bulkPut into an empty cache database in one transaction per page of the same size; no network. Every ratioToCeiling is that entry's records (or decisions) per second over this rate",
        declarations: ceiling.records,
        pages: ceiling.pages,
        writeMs: round(ceiling.ms),
        recordsPerSecond: Math.round(ceilingRate),
      },
      pull: {
        what: `incremental pull after ${amendments} amendments (amendDeclaration on the server, not timed): HttpSyncTransport.pull pages of GET /sync/v1/changes applied with DexieSyncStore.applyChanges`,
        changes: pull.changes,
        pages: pull.pages,
        responseMb: round(pull.bodyBytes / 2 ** 20),
        wallMs: round(pull.ms),
        ...breakdown(pull),
        recordsPerSecond: perSecond(pull.changes, pull.ms),
        ratioToCeiling: round(pull.changes / (pull.ms / 1000) / ceilingRate, 3),
        serverAmendMs: round(amendMs),
      },
      push: {
        what: `${commands.length} decisions on ${PUSH_POST} declarations, HttpSyncTransport.push of POST /sync/v1/decisions in batches of ${commands.length / push.batches}, one at a time, signed in`,
        decisions: commands.length,
        batches: push.batches,
        outcomes: push.outcomes,
        lastProcessedSeq: push.lastProcessedSeq,
        wallMs: round(push.ms),
        ...breakdown(push),
        decisionsPerSecond: perSecond(commands.length, push.ms),
        ratioToCeiling: round(commands.length / (push.ms / 1000) / ceilingRate, 3),
      },
    };
    return {
      mode: count === FULL_COUNT ? 'full' : count === QUICK_COUNT ? 'quick' : 'custom',
      declarationsBootstrapped: count,
      chromium: chromiumVersion,
      server: 'in process, PGlite in memory, loopback',
      loadAverage1m: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? NaN, 2) },
      seeded: { ...seeded, ms: round(seedMs) },
      totalMs: round(performance.now() - started),
      results,
    };
  } finally {
    await browser.close();
    await app.close();
    await db.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const {
    chromium: chromiumVersion,
    server,
    ...sync
  } = await runSyncBench(parseCount(process.argv.slice(2)));
  const cpuList = cpus();
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion,
    server,
  };
  const report = { machine, date: new Date().toISOString(), ...sync };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// Run directly (`npx tsx test/bench/sync.ts`), not when test/bench/run.ts imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
