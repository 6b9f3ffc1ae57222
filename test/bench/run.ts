// npm run bench: timings of the assessment path, printed as one JSON document on stdout.
// (a) one 999-item UK declaration built from real UKGT lines, assessed N times after warm-up, beside
//     its peer in the same run: importing the same declaration from CDS XML;
// (b) 10,000 demo declarations (Korea and UK, src-server/seed) assessed once each;
// (c) the UK Global Tariff CSV imported and indexed;
// (d) sync in Chromium against the real API (test/bench/sync.ts, quick size; --full there for 100,000);
// (e) tariff search per keystroke in Chromium, KR and UK schedules (test/bench/tariff-search.ts);
// (f) the assessment panel's first result for the 999-item declaration in the worker, in Chromium
//     (test/bench/assessment-panel.ts);
// (g) the first sync of 10,000 and 100,000 declarations in the app with the worklist on screen,
//     beside the same sync without a UI (test/bench/first-sync-app.ts).
// (w) the worklist screen over 100,000 cached declarations in Chromium: first rows, filter and sort
//     p95, worst scroll frame, renderer memory (test/bench/worklist.ts; --quick: 10,000).
// (o) opening a 999-item declaration: the real declaration page mounted in Chromium to the frame
//     showing its items (test/bench/declaration-open.ts).
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Declaration } from '../../shared/domain';
import { importCdsDeclaration } from '../../shared/declarations';
import { createTariffIndex, importUkGlobalTariff } from '../../shared/tariff/import';
import type { ImportError, TariffSchedule } from '../../shared/tariff/types';
import type { Result } from '../../shared/util/result';
import { engine } from '../../src-server/assess/engine';
import { assessmentContext } from '../../src-server/reference/build-packs';
import { DEFAULT_DATA_DIR, SourceReader } from '../../src-server/reference/sources';
import { generateDemoData } from '../../src-server/seed/generate';
import { cdsXmlFor, ukDeclarationFromLines } from './declarations';
import { runAssessmentPanelBench } from './assessment-panel';
import { runDeclarationOpenBench } from './declaration-open';
import { runFirstSyncAppBench } from './first-sync-app';
import { runReferenceBench } from './reference';
import { runSyncBench } from './sync';
import { runTariffSearchBench } from './tariff-search';
import { runWorklistBench } from './worklist';

/** (b) stops after this long and extrapolates, so `npm run bench` stays under about two minutes. */
const BUDGET_MS = 60_000;
const DATA = new URL('../../assets/data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DATA), 'utf8');

function unwrap<T>(label: string, result: Result<T, ImportError>): T {
  if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
  return result.value;
}

/** Median and p95 of `runs` timed calls after `warmup` untimed ones, in milliseconds. */
function timed(runs: number, warmup: number, work: () => unknown) {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    round(samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? NaN);
  return { runs, warmup, medianMs: at(0.5), p95Ms: at(0.95), minMs: round(samples[0] ?? NaN) };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function main() {
  const ukgtCsv = read('tariffs/uk/ukgt_2021_with_eu_cet.csv');
  const results: Record<string, unknown> = {};

  // (c) tariff import: CSV text → schedule → index.
  let ukTariff: TariffSchedule | undefined;
  results.tariffImport = {
    what: 'UK Global Tariff CSV (11,830 rows) → TariffSchedule → index',
    ...timed(5, 1, () => {
      ukTariff = unwrap('UKGT', importUkGlobalTariff(ukgtCsv));
      createTariffIndex(ukTariff);
    }),
  };
  if (ukTariff === undefined) throw new Error('no tariff');
  // The contexts the reference packs publish and the demo seed prices payments with: imported once
  // here, so generating the demo declarations below reuses them and (b) times generation alone.
  const sources = new SourceReader(DEFAULT_DATA_DIR);
  const ukContext = assessmentContext(sources, 'uk');

  const big = ukDeclarationFromLines(ukTariff.lines, 999);
  const bigXml = cdsXmlFor(big);
  results.cdsImport999 = {
    what: 'peer: the same 999-item declaration imported from CDS XML',
    xmlBytes: bigXml.length,
    ...timed(10, 2, () => unwrap('999-item XML', importCdsDeclaration(bigXml))),
  };

  {
    const assess = engine;
    results.assess999 = {
      what: 'one 999-item UK declaration (items from real UKGT lines), assessDeclaration',
      ...timed(10, 2, () => assess(big, ukContext)),
    };

    const krContext = assessmentContext(sources, 'kr');
    const generateStart = performance.now();
    const declarations: Declaration[] = [...generateDemoData({ seed: 42, count: 10_000 }).declarations];
    const generateMs = performance.now() - generateStart;
    const contextFor = (declaration: Declaration) =>
      declaration.jurisdiction === 'kr' ? krContext : ukContext;
    for (const declaration of declarations.slice(0, 50)) assess(declaration, contextFor(declaration));
    const spent = { kr: { count: 0, ms: 0 }, uk: { count: 0, ms: 0 } };
    let items = 0;
    const start = performance.now();
    for (const declaration of declarations) {
      if (performance.now() - start > BUDGET_MS) break;
      const before = performance.now();
      items += assess(declaration, contextFor(declaration)).items.length;
      const bucket = spent[declaration.jurisdiction];
      bucket.ms += performance.now() - before;
      bucket.count++;
    }
    const totalMs = performance.now() - start;
    const assessed = spent.kr.count + spent.uk.count;
    const perDeclaration = (bucket: { count: number; ms: number }) =>
      bucket.count === 0 ? null : round(bucket.ms / bucket.count);
    results.assess10k = {
      what: '10,000 demo declarations (seed 42; Korea and UK) assessed once each after 50 warm-up assessments',
      declarations: declarations.length,
      assessed,
      complete: assessed === declarations.length,
      ...(assessed < declarations.length
        ? {
            note: `stopped after the ${BUDGET_MS / 1000} s budget; extrapolatedTotalMs is the measured per-declaration time of each jurisdiction times its count`,
            extrapolatedTotalMs: round(
              declarations.filter((d) => d.jurisdiction === 'kr').length *
                (spent.kr.ms / Math.max(1, spent.kr.count)) +
                declarations.filter((d) => d.jurisdiction === 'uk').length *
                  (spent.uk.ms / Math.max(1, spent.uk.count)),
            ),
          }
        : {}),
      items,
      generateMs: round(generateMs),
      totalMs: round(totalMs),
      perDeclarationMs: round(totalMs / Math.max(1, assessed)),
      perDeclarationMsKr: perDeclaration(spent.kr),
      perDeclarationMsUk: perDeclaration(spent.uk),
      korean: spent.kr.count,
      uk: spent.uk.count,
    };
  }

  results.sync = await runSyncBench();
  results.referencePack = await runReferenceBench();
  results.tariffSearch = await runTariffSearchBench();
  results.assessmentPanel = await runAssessmentPanelBench();
  results.worklist100k = await runWorklistBench({ quick: process.argv.includes('--quick') });
  results.declarationOpen999 = await runDeclarationOpenBench();
  // (g) --quick: 10,000 only; 100,000 adds several minutes of seeding and downloading.
  results.firstSyncInApp = await runFirstSyncAppBench(
    process.argv.includes('--quick') ? [10_000] : [10_000, 100_000],
  );

  const cpuList = cpus();
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: {
          node: process.version,
          platform: `${process.platform} ${process.arch}`,
          cpus: cpuList.length,
          cpuModel: cpuList[0]?.model ?? 'unknown',
          memoryGb: Math.round(totalmem() / 2 ** 30),
        },
        date: new Date().toISOString(),
        results,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
