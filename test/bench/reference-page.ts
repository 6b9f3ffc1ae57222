// Runs inside Chromium for test/bench/reference.ts: bundled with esbuild and served by the API under
// test. It drives the renderer's own reference code (fetchManifest, downloadPack, storeAndSwitch)
// on one pack; only timings and sizes go back to Node.
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import { downloadPack, fetchManifest } from '../../src-renderer/reference/download';
import { openReferenceDb } from '../../src-renderer/reference/reference-db';
import { storeAndSwitch } from '../../src-renderer/reference/switch-in';

async function downloadAndSwitch(args: {
  baseUrl: string;
  token: string;
  jurisdiction: Jurisdiction;
  kind: ReferenceKind;
  database: string;
}) {
  const transport = {
    baseUrl: args.baseUrl,
    auth: { accessToken: () => args.token, refresh: async () => false, signedOut: () => undefined },
    fetch: (input: string, init: RequestInit) => fetch(input, init),
  };
  const db = openReferenceDb(args.database);
  await db.open();
  performance.clearResourceTimings();
  const started = performance.now();
  const manifest = await fetchManifest(transport, args.jurisdiction);
  if (!manifest.ok) throw new Error(`manifest: ${manifest.error.message}`);
  const entry = manifest.value.packs.find((pack) => pack.kind === args.kind);
  if (entry === undefined) throw new Error(`no ${args.kind} published for ${args.jurisdiction}`);
  const downloaded = await downloadPack(transport, args.jurisdiction, entry);
  if (!downloaded.ok) throw new Error(`download: ${downloaded.error.message}`);
  const switchStarted = performance.now();
  await storeAndSwitch(db, args.jurisdiction, {
    version: entry.version,
    etag: entry.etag,
    pack: downloaded.value.pack,
    bytes: downloaded.value.bytes,
  });
  const switchMs = performance.now() - switchStarted;
  const totalMs = performance.now() - started;
  const timing = performance
    .getEntriesByType('resource')
    .find((item): item is PerformanceResourceTiming => item.name.includes(`/reference/${args.kind}`));
  db.close();
  return {
    bytes: downloaded.value.bytes,
    transferredBytes: timing?.encodedBodySize ?? null,
    downloadMs: downloaded.value.downloadMs,
    parseValidateMs: downloaded.value.parseMs,
    storeSwitchMs: switchMs,
    totalMs,
  };
}

/** The peer in the same run: JSON.parse alone of the same body, the floor under parse + validate. */
async function parseOnly(args: {
  baseUrl: string;
  token: string;
  jurisdiction: Jurisdiction;
  kind: ReferenceKind;
}) {
  const response = await fetch(
    `${args.baseUrl}/sync/v1/reference/${args.kind}?jurisdiction=${args.jurisdiction}`,
    {
      headers: { authorization: `Bearer ${args.token}` },
    },
  );
  const text = await response.text();
  const started = performance.now();
  JSON.parse(text);
  return { ms: performance.now() - started };
}

const bench = { downloadAndSwitch, parseOnly };
(globalThis as unknown as { borderPostReferenceBench: typeof bench }).borderPostReferenceBench = bench;
export type ReferenceBenchPage = typeof bench;
