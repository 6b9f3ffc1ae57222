// The worklist at 100,000 declarations in real Chromium (issue 11, points 1 and 9), as one JSON
// document:   npx tsx test/bench/worklist.ts [--quick] [--profile FILE]
// (--quick: 10,000 declarations; --profile: a CPU profile of the filters, sorts and scrolling).
// Declarations built from the demo generator's Korean ones (src-server/seed, each copied with its
// own id, number, day, risk, lane and assignee) are stored at one post through the renderer's
// own cache code (openCacheDb and its worklist middleware); a fresh page then mounts the real
// worklist screen over that cache and is timed as an officer meets it (worklist-page.tsx).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import {
  DeclarationId,
  IsoDateTime,
  OfficerId,
  PostId,
  type Declaration,
  type Lane,
} from '../../shared/domain';
import { generateDemoData } from '../../src-server/seed/generate';
import { chromiumLaunchOptions } from '../chromium';
import { callInPage, writeBenchPage } from './page-bundle';
import type { WorklistBenchPage } from './worklist-page';

const ORIGIN = 'http://worklist-bench.invalid';
const CHUNK = 2000;
const BENCH_POST = 'KR-BUSAN';
const TARGETS = {
  firstRenderMs: 1000,
  filterP95Ms: 100,
  sortP95Ms: 100,
  worstScrollFrameMs: 50,
  rendererMemoryMb: 500,
};
const LANES: readonly (Lane | null)[] = ['RED', 'YELLOW', 'GREEN', 'GREEN', 'BLUE', 'GREEN', null];
const officers = [OfficerId.parse('officer-kim'), OfficerId.parse('officer-lee'), null, null, null];

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function p95(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN);
}

/** Declaration `n` of the bench: a demo declaration made its own (id, number, day, risk, lane, assignee). */
function benchDeclaration(base: readonly Declaration[], n: number): Declaration {
  const model = base[n % base.length] as Declaration;
  const day = new Date(Date.parse(model.registeredAt) - (n % 120) * 86_400_000);
  return {
    ...model,
    id: DeclarationId.parse(`${BENCH_POST}-B${n}`),
    postId: PostId.parse(BENCH_POST),
    reference: `${model.reference.slice(0, 9)}${String(n + 1).padStart(7, '0')}`,
    registeredAt: IsoDateTime.parse(`${day.toISOString().slice(0, 19)}+09:00`),
    riskScore: (model.riskScore + n * 37) % 101,
    lane: LANES[n % LANES.length] ?? null,
    assignedTo: officers[n % officers.length] ?? null,
  };
}

/** What the officer types and picks, one step at a time: every keystroke is timed. */
function filterSteps(base: readonly Declaration[]) {
  const trader = base.find((declaration) => /^\(주\)/.test(declaration.parties[0]?.name ?? ''))?.parties[0]
    ?.name;
  const typed = (testId: string, text: string) =>
    [...text].map((_, i) => ({ testId, value: text.slice(0, i + 1) }));
  return [
    ...typed('worklist-filter-text', (trader ?? '(주)한빛').slice(0, 5)),
    { testId: 'worklist-filter-text', value: '' },
    ...typed('worklist-filter-text', `${base[0]?.reference.slice(0, 9) ?? ''}00012`),
    { testId: 'worklist-filter-text', value: '' },
    { testId: 'worklist-filter-lane', value: 'RED', select: true },
    { testId: 'worklist-filter-status', value: 'selected', select: true },
    { testId: 'worklist-filter-lane', value: '', select: true },
    { testId: 'worklist-filter-status', value: '', select: true },
    ...typed('worklist-filter-hs', '0306'),
    { testId: 'worklist-filter-hs', value: '' },
    { testId: 'worklist-filter-risk-min', value: '70' },
    { testId: 'worklist-filter-risk-min', value: '' },
    { testId: 'worklist-filter-assignee', value: 'none', select: true },
    { testId: 'worklist-filter-assignee', value: '', select: true },
  ];
}

const SORT_HEADERS = [
  '신고번호',
  '신고일시',
  '위험도',
  '처리상태',
  '수입자',
  'C/S 결과',
  '신고번호',
  '위험도',
];

/** Resident memory of this run's Chromium renderers (Linux /proc), the largest, in MB. */
function rendererRssMb(): number | null {
  try {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    }
    const ours: number[] = [];
    const walk = (pid: number) => {
      for (const child of children.get(pid) ?? []) {
        ours.push(child);
        walk(child);
      }
    };
    walk(process.pid);
    const rss = ours
      .filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'))
      .map((pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    return rss.length === 0 ? null : round(Math.max(...rss) / 1024);
  } catch {
    return null;
  }
}

const inPage = <K extends keyof WorklistBenchPage>(
  page: Page,
  name: K,
  args: Parameters<WorklistBenchPage[K]>[0],
) => callInPage<WorklistBenchPage, K>(page, 'worklistBench', name, args);

async function writePage(): Promise<string> {
  const entry = new URL('./worklist-page.tsx', import.meta.url);
  const dir = await writeBenchPage(entry, 'worklist bench');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>worklist bench</title>' +
      '<link rel="stylesheet" href="bench.css">' +
      '<style>body{font-family:system-ui,"Noto Sans CJK KR",sans-serif;margin:1rem}' +
      'table{border-collapse:collapse}th{position:sticky;top:0;background:#fff;text-align:left}' +
      'td,th{padding:0 6px;white-space:nowrap}</style>' +
      '<div id="root"></div><script src="bench.js"></script>\n',
  );
  return dir;
}

/** The benchmark; also called by test/bench/run.ts. */
export async function runWorklistBench({
  quick = false,
  profile,
}: { quick?: boolean; profile?: string } = {}) {
  const declarations = quick ? 10_000 : 100_000;
  const loadAtStart = round(loadavg()[0] ?? NaN, 2);
  const base = [...generateDemoData({ seed: 42, count: 2600 }).declarations].filter(
    (declaration) => declaration.jurisdiction === 'kr',
  );
  const chunks = Math.ceil(declarations / CHUNK);
  const pageDir = await writePage();
  const file = (name: string) => readFileSync(join(pageDir, name));
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const chunk = /^\/chunk\/(\d+)\.json$/.exec(path);
      if (chunk) {
        const from = Number(chunk[1]) * CHUNK;
        const body = Array.from({ length: Math.min(CHUNK, declarations - from) }, (_, i) =>
          benchDeclaration(base, from + i),
        );
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
      }
      const types: Record<string, string> = {
        '/index.html': 'text/html',
        '/bench.js': 'text/javascript',
        '/bench.css': 'text/css',
      };
      const type = types[path];
      return type
        ? route.fulfill({ status: 200, contentType: type, body: file(path.slice(1)) })
        : route.fulfill({ status: 404 });
    });
    const open = async () => {
      const opened = await context.newPage();
      opened.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
      await opened.goto(`${ORIGIN}/index.html`);
      await opened.waitForFunction(() => 'worklistBench' in globalThis);
      return opened;
    };
    const filler = await open();
    const filled = await inPage(filler, 'fill', { chunks });
    // Closed first, so the worklist gets a renderer of its own, not one that held the fill.
    await filler.close();

    // A cold page over the filled cache: the first rows, then the index ready and sorted.
    const page = await open();
    const mounted = await inPage(page, 'mount', {});
    const cdp = await page.context().newCDPSession(page);
    if (profile !== undefined) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const filtered = await inPage(page, 'filters', { steps: filterSteps(base) });
    const sorted = await inPage(page, 'sorts', { headers: SORT_HEADERS });
    const scrolled = await inPage(page, 'scroll', { screens: 200, jumps: 60 });
    if (profile !== undefined)
      writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const jsHeapUsed = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
    const rssMb = rendererRssMb();
    const heapMb = round(jsHeapUsed / 2 ** 20);
    const result = {
      declarations,
      firstRenderMs: round(mounted.firstRenderMs),
      filterP95Ms: p95(filtered.samples),
      sortP95Ms: p95(sorted.samples),
      worstScrollFrameMs: round(Math.max(scrolled.worstGapMs, scrolled.longestAnimationFrameMs)),
      rendererMemoryMb: rssMb ?? heapMb,
    };
    return {
      what: 'the worklist screen over one post’s cache in Chromium: first rows from a cold page, filter keystrokes and sort clicks to the painted list, scrolling, renderer memory',
      chromium: browser.version(),
      loadAverageAtStart: loadAtStart,
      ...result,
      targets: TARGETS,
      met: Object.fromEntries(
        Object.entries(TARGETS).map(([key, limit]) => [
          key,
          (result[key as keyof typeof TARGETS] ?? Infinity) < limit,
        ]),
      ),
      detail: {
        fill: { stored: filled.stored, worklistRows: filled.rows, ms: round(filled.ms) },
        indexReadyMs: round(mounted.indexReadyMs),
        ordersPreparedMs: round(mounted.ordersPreparedMs),
        filter: {
          steps: filtered.samples.length,
          maxMs: round(Math.max(...filtered.samples)),
          matches: filtered.totals,
        },
        sort: { clicks: sorted.samples.length, maxMs: round(Math.max(...sorted.samples)) },
        scroll: {
          frames: scrolled.frames,
          worstFrameGapMs: round(scrolled.worstGapMs),
          p95FrameGapMs: round(scrolled.p95GapMs),
          longestAnimationFrameMs: round(scrolled.longestAnimationFrameMs),
          blankRowsAfter: scrolled.blankRowsAfter,
        },
        memory: {
          rendererRssMb: rssMb,
          jsHeapUsedMb: heapMb,
          performanceMemory: await inPage(page, 'heap', {}),
        },
      },
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const at = process.argv.indexOf('--profile');
  const profile = at >= 0 ? process.argv[at + 1] : undefined;
  process.stdout.write(`${JSON.stringify(await runWorklistBench({ quick, profile }), null, 2)}\n`);
}
