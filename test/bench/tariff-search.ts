// Tariff search per keystroke in real Chromium (issue 9, point 9), printed as one JSON document:
//   npx tsx test/bench/tariff-search.ts                 the benchmark
//   npx tsx test/bench/tariff-search.ts --shots DIR     and screenshots of the search at 1366×768
// The full KR schedule (KCS HSK + VKFTA + P3) and UK schedule (UKGT) with their heading texts are
// served to a page bundled from tariff-search-page.tsx, which builds the index and types realistic
// queries into the renderer's TariffSearchBox one keystroke at a time (Korean as an IME composes
// it: ㄴ, 내, 냉, 냉ㄷ, 냉도, 냉동…). A keystroke's time runs from the input event through React's
// render and commit to the list's layout: what the officer waits for. The query alone is timed too.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { Jurisdiction } from '../../shared/domain';
import { chromiumLaunchOptions } from '../chromium';
import { loadSearchSchedules } from '../tariff/search-schedules';
import { callInPage, writeBenchPage } from './page-bundle';
import type { TariffSearchBenchPage } from './tariff-search-page';

const QUERIES: Record<Jurisdiction, string[]> = {
  kr: ['냉동새우', '돼지고기 냉동', '자동차', 'frozen shrimp', 'motor car', '8703', '0306.17'],
  uk: ['frozen shrimp', 'motor car', '8703', '0306.17', 'pneumatic tyres'],
};
/** Rounds of every query; the first is warm-up. */
const ROUNDS = 6;
const ORIGIN = 'http://tariff-bench.invalid';

const HANGUL_FIRST = 0xac00;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const FINAL_INITIAL = [
  -1, 0, 1, -1, 2, -1, -1, 3, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, -1, 9, 10, 11, 12, 14, 15, 16, 17, 18,
];

/**
 * What the input holds after each keystroke of a two-set Korean IME: the initial alone, the open
 * syllable, the syllable with its final; a final that becomes the next syllable's initial shows
 * first on the syllable before ("새" + ㅇ = "생", then ㅜ makes "새우").
 */
export function imeStates(text: string): string[] {
  const states: string[] = [];
  let done = '';
  for (const char of text) {
    const code = char.charCodeAt(0) - HANGUL_FIRST;
    if (code < 0 || code > 11171) {
      done += char;
      states.push(done);
      continue;
    }
    const initial = Math.floor(code / 588);
    const open = String.fromCharCode(HANGUL_FIRST + code - (code % 28));
    const last = states.at(-1);
    // The IME put this initial as the final of the syllable before it; the vowel now moves it on.
    if (last !== undefined && last.length === done.length && /[\uac00-\ud7a3]$/.test(done)) {
      const previous = done.charCodeAt(done.length - 1) - HANGUL_FIRST;
      if (previous % 28 === 0 && FINAL_INITIAL.includes(initial)) {
        states.push(
          done.slice(0, -1) + String.fromCharCode(HANGUL_FIRST + previous + FINAL_INITIAL.indexOf(initial)),
        );
      } else states.push(done + INITIALS[initial]);
    } else states.push(done + INITIALS[initial]);
    states.push(done + open);
    if (code % 28 !== 0) states.push(done + char);
    done += char;
  }
  return states;
}

const keystrokes = (query: string): string[] =>
  /[\uac00-\ud7a3]/.test(query) ? imeStates(query) : [...query].map((_, i) => query.slice(0, i + 1));

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

function percentiles(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);
  return { keystrokes: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: round(sorted.at(-1) ?? NaN) };
}

/** The shared bench page, with the search's stylesheet (esbuild writes it beside the bundle). */
async function writePage(): Promise<string> {
  const dir = await writeBenchPage(
    new URL('./tariff-search-page.tsx', import.meta.url),
    'tariff search bench',
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>tariff search bench</title>' +
      '<link rel="stylesheet" href="bench.css">' +
      '<style>body{font-family:system-ui,"Noto Sans CJK KR",sans-serif;margin:1rem}</style>' +
      '<div id="root"></div><script src="bench.js"></script>\n',
  );
  return dir;
}

const inPage = <K extends keyof TariffSearchBenchPage>(
  page: Page,
  name: K,
  args: Parameters<TariffSearchBenchPage[K]>[0],
) => callInPage<TariffSearchBenchPage, K>(page, 'tariffSearchBench', name, args);

/** The benchmark for both schedules; also called by test/bench/run.ts. `shots`: a folder for screenshots. */
export async function runTariffSearchBench(shots?: string) {
  const loadAtStart = round(loadavg()[0] ?? NaN);
  const pageDir = await writePage();
  const schedules = loadSearchSchedules();
  const files = new Map<string, { body: string | Buffer; type: string }>([
    ['/index.html', { body: readFileSync(join(pageDir, 'index.html')), type: 'text/html' }],
    ['/bench.js', { body: readFileSync(join(pageDir, 'bench.js')), type: 'text/javascript' }],
    ['/bench.css', { body: readFileSync(join(pageDir, 'bench.css')), type: 'text/css' }],
    ['/kr.json', { body: JSON.stringify(schedules.kr), type: 'application/json' }],
    ['/uk.json', { body: JSON.stringify(schedules.uk), type: 'application/json' }],
  ]);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = files.get(new URL(route.request().url()).pathname);
      return file === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ status: 200, contentType: file.type, body: file.body });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'tariffSearchBench' in globalThis);
    const results: Record<string, unknown> = {};
    for (const jurisdiction of ['kr', 'uk'] as const) {
      const built = await inPage(page, 'buildIndex', jurisdiction);
      const queries = QUERIES[jurisdiction].map(keystrokes);
      const typed = await inPage(page, 'typeQueries', { jurisdiction, queries, rounds: ROUNDS });
      results[jurisdiction] = {
        lines: built.lines,
        contextTexts: built.contextTexts,
        queries: QUERIES[jurisdiction],
        indexBuild: {
          atOnceMs: round(built.syncMs),
          inChunksMs: round(built.chunkedMs),
          longestStallWhileChunkedMs: round(built.longestTaskMs),
        },
        keystrokeWithRender: percentiles(typed.rendered),
        keystrokeWithoutLayout: percentiles(typed.reactOnly),
        queryOnly: percentiles(typed.queryOnly),
      };
    }
    if (shots !== undefined) {
      const views = [
        { name: 'tariff-search-ko.png', jurisdiction: 'kr', language: 'ko', query: '냉동 새우', down: 1 },
        {
          name: 'tariff-search-ko-pork.png',
          jurisdiction: 'kr',
          language: 'ko',
          query: '돼지고기 냉동',
          down: 1,
        },
        { name: 'tariff-search-en.png', jurisdiction: 'uk', language: 'en', query: 'frozen shrimp', down: 1 },
        { name: 'tariff-search-en-code.png', jurisdiction: 'uk', language: 'en', query: '8703.23', down: 0 },
      ] as const;
      for (const { name, ...view } of views) {
        await inPage(page, 'show', view);
        await page.screenshot({ path: join(shots, name) });
      }
    }
    return {
      what: 'tariff search per keystroke in Chromium: input event → query → React render → layout, over the full schedule',
      chromium: browser.version(),
      rounds: `${ROUNDS} (the first is warm-up)`,
      loadAverageAtStart: loadAtStart,
      ...results,
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--shots');
  const shots = at >= 0 ? process.argv[at + 1] : undefined;
  process.stdout.write(`${JSON.stringify(await runTariffSearchBench(shots), null, 2)}\n`);
}
