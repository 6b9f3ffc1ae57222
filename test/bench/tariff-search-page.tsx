// Runs inside Chromium for test/bench/tariff-search.ts, bundled with esbuild: the renderer's own
// TariffSearchBox over the shared index, typed into one keystroke at a time. Only timings go back.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Jurisdiction } from '@shared/domain';
import {
  createTariffSearchIndex,
  createTariffSearchIndexAsync,
  searchTariff,
  type SearchContext,
  type TariffSearchIndex,
} from '@shared/tariff/search';
import type { TariffSchedule } from '@shared/tariff/types';
import { TariffSearchBox } from '../../src-renderer/features/tariff-search/TariffSearchBox';
import { createI18n } from '../../src-renderer/i18n';
import '../../src-renderer/features/tariff-search/tariff-search.css';

type Loaded = { schedule: TariffSchedule; context: SearchContext };

const indexes = new Map<Jurisdiction, TariffSearchIndex>();
let root: Root | undefined;

async function load(jurisdiction: Jurisdiction): Promise<Loaded> {
  const response = await fetch(`./${jurisdiction}.json`);
  return (await response.json()) as Loaded;
}

/** Index build in the page: once at once (the worst case a page could block for), once in chunks. */
async function buildIndex(jurisdiction: Jurisdiction) {
  const { schedule, context } = await load(jurisdiction);
  const syncStart = performance.now();
  createTariffSearchIndex(schedule, context);
  const syncMs = performance.now() - syncStart;
  let longestTaskMs = 0;
  let last = performance.now();
  // The longest gap between timer ticks while the chunked build runs: how long the page stalls.
  const timer = setInterval(() => {
    const now = performance.now();
    longestTaskMs = Math.max(longestTaskMs, now - last);
    last = now;
  }, 0);
  const chunkedStart = performance.now();
  const index = await createTariffSearchIndexAsync(schedule, context);
  const chunkedMs = performance.now() - chunkedStart;
  clearInterval(timer);
  indexes.set(jurisdiction, index);
  return { lines: schedule.lines.length, contextTexts: context.length, syncMs, chunkedMs, longestTaskMs };
}

function mount(jurisdiction: Jurisdiction, language: 'ko' | 'en') {
  const index = indexes.get(jurisdiction);
  if (index === undefined) throw new Error(`no ${jurisdiction} index`);
  root?.unmount();
  const host = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  host.id = 'root';
  root = createRoot(host);
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  flushSync(() =>
    root?.render(
      createElement(I18nextProvider, { i18n }, createElement(TariffSearchBox, { key: Math.random(), index })),
    ),
  );
}

const input = () => {
  const found = document.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (found === null) throw new Error('no search input');
  return found;
};
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/** One keystroke as the officer sees it: the input event, React's render and commit, and layout. */
function type(value: string): { totalMs: number; reactMs: number } {
  const field = input();
  const start = performance.now();
  flushSync(() => {
    setValue?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const reactMs = performance.now() - start;
  // Reading a layout property makes the browser lay the new list out before the clock stops.
  void document.querySelector('[role="listbox"]')?.getBoundingClientRect().height;
  return { totalMs: performance.now() - start, reactMs };
}

/** Each keystroke of each query, `rounds` times (the first round is warm-up and not returned). */
function typeQueries(args: { jurisdiction: Jurisdiction; queries: string[][]; rounds: number }) {
  const index = indexes.get(args.jurisdiction);
  if (index === undefined) throw new Error(`no ${args.jurisdiction} index`);
  mount(args.jurisdiction, args.jurisdiction === 'kr' ? 'ko' : 'en');
  const rendered: number[] = [];
  const reactOnly: number[] = [];
  const queryOnly: number[] = [];
  for (let round = 0; round < args.rounds; round++) {
    for (const keystrokes of args.queries) {
      type('');
      for (const value of keystrokes) {
        const { totalMs, reactMs } = type(value);
        const start = performance.now();
        searchTariff(index, value);
        const queryMs = performance.now() - start;
        if (round > 0) {
          rendered.push(totalMs);
          reactOnly.push(reactMs);
          queryOnly.push(queryMs);
        }
      }
    }
  }
  return { rendered, reactOnly, queryOnly };
}

/** The search with a query typed, for a screenshot. */
function show(args: { jurisdiction: Jurisdiction; language: 'ko' | 'en'; query: string; down: number }) {
  mount(args.jurisdiction, args.language);
  type(args.query);
  for (let i = 0; i < args.down; i++) {
    flushSync(() => input().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
  }
}

export const tariffSearchBench = { buildIndex, typeQueries, show };
export type TariffSearchBenchPage = typeof tariffSearchBench;
(globalThis as unknown as { tariffSearchBench: TariffSearchBenchPage }).tariffSearchBench = tariffSearchBench;
