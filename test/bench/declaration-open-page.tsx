/// <reference types="vite/client" />
// Runs inside Chromium for test/bench/declaration-open.ts, bundled with esbuild: stores one 999-item
// declaration through the renderer's own cache code, then mounts the real declaration page
// (DeclarationDetailPage, signed in) again and again in fresh roots, timing each open as the officer
// meets it: from the mount to the frame that shows the page with its first screen of items.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Declaration } from '@shared/domain';
import { ServicesContext, type AppServices } from '../../src-renderer/app/services';
import { openCacheDb } from '../../src-renderer/db/cache-db';
import { openOutboxDb } from '../../src-renderer/db/outbox-db';
import { DeclarationDetailPage } from '../../src-renderer/features/declarations/DeclarationDetailPage';
import { createI18n } from '../../src-renderer/i18n';
import { useAuthStore, useSessionStore } from '../../src-renderer/state';
import { makePost, makeSession } from '../../src-renderer/test-utils/fixtures';
import { afterPaint, benchApi, benchHost, waitFor } from './page-helpers';

async function open(args: { declaration: Declaration; runs: number; language: 'ko' | 'en' }) {
  const { declaration } = args;
  const db = openCacheDb('bench-open-cache');
  await db.open();
  await db.declarations.put(declaration);
  const services: AppServices = {
    host: benchHost,
    api: benchApi,
    db,
    outbox: openOutboxDb('bench-open-outbox'),
  };
  const i18n = createI18n(args.language);
  useSessionStore.getState().setPosts([makePost({ id: declaration.postId })], 'cache');
  useSessionStore.getState().selectPost(declaration.postId);
  useSessionStore.getState().setLanguage(args.language);
  useAuthStore.getState().signIn(makeSession());
  // The page is open when its items are on screen: the first screenful (the table scrolls in its
  // own box beyond 200 items) and the item count, not rows drawn out of sight.
  const itemRows = () =>
    document.querySelectorAll('[data-testid="items"] tbody tr[data-sequence]').length >=
    Math.min(15, declaration.items.length);

  // Longest gap between frames while a page opens: what the officer feels as a freeze.
  let worstFrameMs = 0;
  let last = performance.now();
  let watching = true;
  const frame = (now: number) => {
    worstFrameMs = Math.max(worstFrameMs, now - last);
    last = now;
    if (watching) requestAnimationFrame(frame);
  };
  const samples: number[] = [];
  for (let run = 0; run < args.runs; run++) {
    const container = document.body.appendChild(document.createElement('div'));
    const root: Root = createRoot(container);
    await afterPaint();
    last = performance.now();
    requestAnimationFrame(frame);
    const start = performance.now();
    root.render(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(
          ServicesContext.Provider,
          { value: services },
          createElement(
            MemoryRouter,
            { initialEntries: [`/declarations/${declaration.id}`] },
            createElement(
              Routes,
              null,
              createElement(Route, {
                path: '/declarations/:id',
                element: createElement(DeclarationDetailPage),
              }),
            ),
          ),
        ),
      ),
    );
    await waitFor(itemRows);
    samples.push((await afterPaint()) - start);
    root.unmount();
    container.remove();
  }
  watching = false;
  return { samples, worstFrameMs };
}

export type DeclarationOpenBenchPage = { open: typeof open };
(globalThis as unknown as { declarationOpenBench: DeclarationOpenBenchPage }).declarationOpenBench = { open };
