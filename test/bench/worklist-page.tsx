// Runs inside Chromium for test/bench/worklist.ts, bundled with esbuild: fills the renderer's own
// cache (openCacheDb with its worklist middleware) with declarations served by the bench, then, in
// a fresh page, mounts the real worklist screen (DeclarationsPage) and times it as an officer
// meets it: first rows, filters typed, sorts clicked, scrolling. Only timings go back to Node.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Declaration } from '@shared/domain';
import { ServicesContext, type AppServices } from '../../src-renderer/app/services';
import { openCacheDb, type CacheDb } from '../../src-renderer/db/cache-db';
import { openOutboxDb } from '../../src-renderer/db/outbox-db';
import { worklistIndexStore } from '../../src-renderer/db/worklist-index-store';
import { DeclarationsPage } from '../../src-renderer/features/declarations/DeclarationsPage';
import { createI18n } from '../../src-renderer/i18n';
import { useSessionStore } from '../../src-renderer/state';
import { makePost } from '../../src-renderer/test-utils/fixtures';
import { afterPaint, benchApi, benchHost, waitFor } from './page-helpers';

const CACHE = 'bench-worklist-cache';
const OUTBOX = 'bench-worklist-outbox';
export const BENCH_POST = 'KR-BUSAN';

/** Entry 1: stores the declarations of `chunks` JSON files through the renderer's cache code. */
async function fill(args: { chunks: number }) {
  const db = openCacheDb(CACHE);
  await db.open();
  await db.declarations.clear();
  const start = performance.now();
  let stored = 0;
  for (let chunk = 0; chunk < args.chunks; chunk++) {
    const declarations = (await (await fetch(`./chunk/${chunk}.json`)).json()) as Declaration[];
    await db.declarations.bulkPut(declarations);
    stored += declarations.length;
  }
  const ms = performance.now() - start;
  const rows = await db.worklist.count();
  db.close();
  return { stored, rows, ms };
}

let db: CacheDb | null = null;

/**
 * Entry 2, in a fresh page: mounts the worklist and returns when its first rows are painted, in
 * ms since navigation started (what the officer waits for from a cold start, the cache filled).
 */
async function mount(_args: object) {
  db = openCacheDb(CACHE);
  const services: AppServices = { host: benchHost, api: benchApi, db, outbox: openOutboxDb(OUTBOX) };
  const i18n = createI18n('ko');
  useSessionStore.getState().setPosts([makePost({ id: BENCH_POST, name: 'Busan Customs' })], 'cache');
  useSessionStore.getState().selectPost(BENCH_POST);
  useSessionStore.getState().setLanguage('ko');
  const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  createRoot(root).render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(
        ServicesContext.Provider,
        { value: services },
        createElement(MemoryRouter, null, createElement(DeclarationsPage)),
      ),
    ),
  );
  await waitFor(() => document.querySelector('[data-testid="declaration-row"]') !== null);
  const firstRenderMs = await afterPaint();
  const store = worklistIndexStore(db, BENCH_POST);
  await waitFor(() => document.querySelector('[data-testid="worklist-counts"][data-scope]') !== null);
  const indexReadyMs = performance.now();
  const columns = ['lane', 'riskScore', 'registeredAt', 'status', 'reference', 'trader'] as const;
  await waitFor(() => {
    const state = store.getState();
    return state.status === 'ready' && columns.every((column) => state.index.isPrepared(column));
  });
  return { firstRenderMs, indexReadyMs, ordersPreparedMs: performance.now() };
}

const listKey = () => document.querySelector<HTMLElement>('.worklist-page')?.dataset['listKey'] ?? '';
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
const setSelect = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;

/** Runs `act`, then waits for the list to show the new query and for that frame to be painted. */
async function timed(act: () => void): Promise<number> {
  const before = listKey();
  await afterPaint();
  const start = performance.now();
  act();
  await waitFor(() => listKey() !== before, 10_000);
  return (await afterPaint()) - start;
}

function typeInto(testId: string, value: string) {
  const field = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  if (!field) throw new Error(`no ${testId}`);
  setValue?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(testId: string, value: string) {
  const field = document.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
  if (!field) throw new Error(`no ${testId}`);
  setSelect?.call(field, value);
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

type FilterStep = { testId: string; value: string; select?: boolean };

/** Entry 3: each step of each filter (a keystroke, a choice), timed to the painted list. */
async function filters(args: { steps: FilterStep[] }) {
  const samples: number[] = [];
  const totals: number[] = [];
  for (const step of args.steps) {
    samples.push(
      await timed(() => (step.select ? choose(step.testId, step.value) : typeInto(step.testId, step.value))),
    );
    totals.push(
      Number(document.querySelector<HTMLElement>('[data-testid="declaration-count"]')?.dataset['count']),
    );
  }
  return { samples, totals };
}

/** Entry 4: header clicks (each toggles the order), timed to the painted list. */
async function sorts(args: { headers: string[] }) {
  const samples: number[] = [];
  for (const name of args.headers) {
    const button = [...document.querySelectorAll<HTMLButtonElement>('th .sort-button')].find((candidate) =>
      candidate.textContent?.startsWith(name),
    );
    if (!button) throw new Error(`no header ${name}`);
    samples.push(await timed(() => button.click()));
  }
  return { samples };
}

/**
 * Entry 5: scrolls the list a screen per frame, then jumps as a dragged scroll bar would; the
 * longest gap between frames and the longest animation frame Chromium reports while it does.
 */
async function scroll(args: { screens: number; jumps: number }) {
  const box = document.querySelector<HTMLElement>('[data-testid="worklist-scroll"]');
  if (!box) throw new Error('no list');
  let longestFrame = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestFrame = Math.max(longestFrame, entry.duration);
  });
  try {
    observer.observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // An older Chromium: the frame gaps alone.
  }
  const gaps: number[] = [];
  let last = await afterPaint();
  const frame = async (move: () => void) => {
    move();
    const now = await afterPaint();
    gaps.push(now - last);
    last = now;
  };
  for (let i = 0; i < args.screens; i++) await frame(() => (box.scrollTop += box.clientHeight));
  for (let i = 0; i < args.jumps; i++) {
    const to = ((i * 7919) % args.jumps) / args.jumps;
    await frame(() => (box.scrollTop = to * (box.scrollHeight - box.clientHeight)));
  }
  // The rows a jump lands on must be there, not blank lines.
  await afterPaint();
  const blank = box.querySelectorAll('tr[aria-hidden="true"]:not(.spacer-row)').length;
  observer.disconnect();
  gaps.sort((a, b) => a - b);
  return {
    frames: gaps.length,
    worstGapMs: gaps.at(-1) ?? 0,
    p95GapMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
    longestAnimationFrameMs: longestFrame,
    blankRowsAfter: blank,
  };
}

/** Entry 6: the JS heap as the page sees it (Chromium's performance.memory). */
function heap(_args: object) {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { usedJSHeapSize: memory?.usedJSHeapSize ?? null };
}

export const worklistBench = { fill, mount, filters, sorts, scroll, heap };
export type WorklistBenchPage = typeof worklistBench;
(globalThis as unknown as { worklistBench: WorklistBenchPage }).worklistBench = worklistBench;
