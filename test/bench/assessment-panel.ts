// The assessment panel's first result for the 999-item UK declaration in the worker, in Chromium
// (issue 9, part 9):   npx tsx test/bench/assessment-panel.ts
// The packs are the UK Global Tariff and HMRC's monthly rates as the server publishes them; the
// page and the app's own assess.worker.ts are bundled with esbuild and served from one origin.
// Entries: the worker's cold start to its first result (script start, packs read from IndexedDB,
// tariff index built, 999 items assessed), the pack load + index part of it, and repeat requests
// on the warm worker (median and p95), the page's round trip as the panel sees it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { RatesPack, TariffPack } from '../../shared/api/reference-v1';
import { coverageOf } from '../../shared/tariff/coverage';
import { importHmrcMonthlyRates, importUkGlobalTariff } from '../../shared/tariff/import';
import { chromiumLaunchOptions } from '../chromium';
import { ukDeclarationFromLines } from './declarations';
import type { AssessmentBenchPage } from './assessment-panel-page';

const REPEATS = 20;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const read = (path: string) => readFileSync(here(`../../assets/data/${path}`), 'utf8');

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [here(entry)],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    alias: { '@shared': here('../../shared') },
    logLevel: 'error',
  });
  const [file] = out.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.text;
}

function packs(): { tariff: TariffPack; rates: RatesPack } {
  const tariff = importUkGlobalTariff(read('tariffs/uk/ukgt_2021_with_eu_cet.csv'));
  const rates = importHmrcMonthlyRates(read('tariffs/uk/hmrc_monthly_exchange_rates.csv'));
  if (!tariff.ok || !rates.ok) throw new Error('the UK tariff or rates did not import');
  const covers = coverageOf(rates.value);
  if (covers === null) throw new Error('empty rates table');
  const header = {
    jurisdiction: 'uk' as const,
    publishedAt: new Date().toISOString(),
    sources: [],
    demo: false,
  };
  return {
    tariff: { kind: 'tariff', ...header, label: tariff.value.version, schedule: tariff.value },
    rates: { kind: 'rates', ...header, label: rates.value.label, covers, table: rates.value },
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
function quantile(sorted: number[], q: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);
}

export async function runAssessmentPanelBench() {
  const { tariff, rates } = packs();
  const declaration = ukDeclarationFromLines(tariff.schedule.lines, 999);
  const files: Record<string, string> = {
    '/': '<!doctype html><meta charset="utf-8"><script type="module" src="./page.js"></script>',
    '/page.js': await bundle('./assessment-panel-page.ts'),
    '/worker.js': await bundle('../../src-renderer/features/assessment/assess.worker.ts'),
  };
  const server = createServer((request, response) => {
    const body = files[request.url ?? ''];
    if (body === undefined) return void response.writeHead(404).end();
    const type = request.url === '/' ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(
      (p) => (window as unknown as { bench: AssessmentBenchPage }).bench.store(p),
      [tariff, rates],
    );
    const result = await page.evaluate(
      ({ declaration, repeats }) =>
        (window as unknown as { bench: AssessmentBenchPage }).bench.run(declaration, repeats),
      { declaration, repeats: REPEATS },
    );
    const sorted = [...result.samples].sort((a, b) => a - b);
    return {
      what: 'assessment panel, 999-item UK declaration, in the Web Worker in Chromium (UKGT + HMRC packs from IndexedDB)',
      items: result.items,
      complete: result.complete,
      coldStart: {
        firstResultMs: round(result.firstResultMs),
        packLoadAndIndexMs: round(result.packLoadAndIndexMs),
        assessMs: round(result.firstAssessMs),
      },
      repeat: { runs: REPEATS, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) },
      machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100) },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await runAssessmentPanelBench(), null, 2));
}
