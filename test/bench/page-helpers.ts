// What the Chromium bench pages share: the host and API a screen is mounted with when neither is
// exercised, and the waits that tell when the officer sees a result.
import type { HostBridge } from '@shared/ipc';
import type { ApiClient } from '../../src-renderer/sync';

const unused = async () => ({ ok: false as const, error: { code: 'BENCH', message: 'not used' } });

/** The desktop host's bridge, unused by the screens measured. */
export const benchHost: HostBridge = {
  getInfo: unused,
  openExternal: unused,
  saveFile: unused,
  appendDecision: unused,
  readJournal: unused,
};

/** The API as offline: the screens measured read the cache only. */
export const benchApi: ApiClient = {
  getPosts: async () => ({ ok: false, error: { kind: 'network', detail: 'bench' } }),
  getSnapshotPage: async () => ({ ok: false, error: { kind: 'network', detail: 'bench' } }),
};

/** Resolves after the next frame has been painted (rAF runs before paint; a message after it). */
export const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

/** Resolves once `test` holds, checked each frame; rejects after `timeoutMs`. */
export const waitFor = (test: () => boolean, timeoutMs = 120_000) =>
  new Promise<void>((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (test()) resolve();
      else if (performance.now() - started > timeoutMs) reject(new Error(`timed out: ${test.toString()}`));
      else requestAnimationFrame(check);
    };
    check();
  });
