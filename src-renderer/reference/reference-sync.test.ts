import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REFERENCE_VERSION_HEADER,
  type ReferenceManifest,
  type ReferencePack,
} from '@shared/api/reference-v1';
import { CurrencyCode } from '@shared/domain/ids';
import { useReferenceStore } from '../state';
import type { FetchLike, TransportAuth } from '../sync';
import { readCurrentPack, readCurrentPacks } from './current-packs';
import { openReferenceDb, type ReferenceDb } from './reference-db';
import { createReferenceSync } from './reference-sync';

const auth: TransportAuth = { accessToken: () => 'token', refresh: async () => false, signedOut: () => {} };

function ratesPack(month: string, usd: string): ReferencePack {
  return {
    kind: 'rates',
    jurisdiction: 'uk',
    label: `HMRC monthly rates to ${month}`,
    publishedAt: `${month}-01T00:00:00.000Z`,
    sources: ['test'],
    demo: false,
    covers: { from: `${month}-01`, to: `${month}-28` },
    table: {
      base: CurrencyCode.parse('GBP'),
      periodicity: 'monthly',
      version: month,
      label: 'HMRC monthly rates',
      official: true,
      rates: [
        {
          currency: CurrencyCode.parse('USD'),
          unitsPerBase: usd,
          periodStart: `${month}-01`,
          periodEnd: `${month}-28`,
        },
      ],
    },
  };
}

const tariffPack: ReferencePack = {
  kind: 'tariff',
  jurisdiction: 'uk',
  label: 'UK Global Tariff test',
  publishedAt: '2026-09-01T00:00:00.000Z',
  sources: ['test'],
  demo: false,
  schedule: { jurisdiction: 'uk', version: 'test', lines: [] },
};

async function etagOf(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  return `"${btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}"`;
}

type Body = 'whole' | 'cut' | 'garbage' | 'error500';

/** A central API publishing one rates pack per version; `mode` decides how the next body arrives. */
async function fakeServer(versions: string[]) {
  const bodies = versions.map((month, index) => JSON.stringify(ratesPack(month, `1.${index + 2}`)));
  const etags = await Promise.all(bodies.map(etagOf));
  const tariffBody = JSON.stringify(tariffPack);
  const tariffEntry = {
    kind: 'tariff' as const,
    version: 1,
    etag: await etagOf(tariffBody),
    label: 'tariff v1',
    publishedAt: '2026-09-01T00:00:00.000Z',
    bytes: new TextEncoder().encode(tariffBody).byteLength,
  };
  let published = 1;
  let mode: Body = 'whole';
  const requests: string[] = [];
  const fetch: FetchLike = async (url) => {
    requests.push(url.replace('http://api', ''));
    if (url.startsWith('http://api/sync/v1/reference?')) {
      const manifest: ReferenceManifest = {
        jurisdiction: 'uk',
        packs:
          published === 0
            ? []
            : [
                tariffEntry,
                {
                  kind: 'rates',
                  version: published,
                  etag: etags[published - 1] ?? '',
                  label: `rates v${published}`,
                  publishedAt: '2026-09-01T00:00:00.000Z',
                  bytes: new TextEncoder().encode(bodies[published - 1]).byteLength,
                },
              ],
      };
      return Response.json(manifest);
    }
    if (url.startsWith('http://api/sync/v1/reference/tariff?'))
      return new Response(tariffBody, { headers: { [REFERENCE_VERSION_HEADER]: '1' } });
    const version = Number(new URL(url).searchParams.get('version'));
    const body = bodies[version - 1] ?? '';
    const headers = { [REFERENCE_VERSION_HEADER]: String(version), 'content-type': 'application/json' };
    if (mode === 'error500')
      return Response.json({ error: { code: 'INTERNAL', message: 'database down' } }, { status: 500 });
    if (mode === 'garbage') return new Response('<html>proxy login</html>', { headers });
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const half = Math.floor(bytes.byteLength / 2);
        controller.enqueue(bytes.slice(0, half));
        if (mode === 'cut') controller.error(new TypeError('network connection lost'));
        else {
          controller.enqueue(bytes.slice(half));
          controller.close();
        }
      },
    });
    return new Response(stream, { headers });
  };
  return {
    fetch,
    requests,
    publish: (version: number) => {
      published = version;
    },
    next: (body: Body) => {
      mode = body;
    },
  };
}

describe('reference packs on the device', () => {
  let db: ReferenceDb;
  let name: string;
  beforeEach(() => {
    name = `reference-test-${Math.random()}`;
    db = openReferenceDb(name);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  async function setUp() {
    const server = await fakeServer(['2026-08', '2026-09']);
    let clock = Date.parse('2026-10-01T08:00:00Z');
    const sync = createReferenceSync({
      db,
      jurisdiction: 'uk',
      transport: { baseUrl: 'http://api', auth, fetch: server.fetch },
      now: () => new Date(clock),
      random: () => 0.5,
    });
    return { server, sync, advance: (ms: number) => (clock += ms) };
  }

  const ratesInUse = async () => {
    const inUse = await readCurrentPack(db, 'uk', 'rates');
    return inUse === null ? null : { version: inUse.version, month: inUse.pack.table.version };
  };

  it('downloads a published pack, stores it whole and shows it as in use', async () => {
    const { sync } = await setUp();
    const outcome = await sync.run();
    const rates = useReferenceStore.getState().kinds.rates;
    expect({
      outcome,
      inUse: await ratesInUse(),
      shown: [rates.version, rates.label, rates.covers, rates.download, rates.lastError],
      packs: await readCurrentPacks(db, 'uk').then((packs) => [packs.tariff?.version, packs.rates?.version]),
    }).toEqual({
      outcome: { status: 'switched', switched: ['tariff', 'rates'], failed: [] },
      inUse: { version: 1, month: '2026-08' },
      shown: [1, 'HMRC monthly rates to 2026-08', { from: '2026-08-01', to: '2026-08-28' }, null, null],
      packs: [1, 1],
    });
  });

  it('keeps the previous version in use when the download is cut off mid-body, and switches once it completes', async () => {
    const { server, sync, advance } = await setUp();
    await sync.run();
    server.publish(2);
    server.next('cut');
    const cut = await sync.run();
    const afterCut = {
      inUse: await ratesInUse(),
      stored: await db.packs.count(),
      error: useReferenceStore.getState().kinds.rates.lastError,
    };
    const tooSoon = await sync.run();
    server.next('whole');
    advance(60_000);
    const later = await sync.run();
    expect({
      cut,
      afterCut,
      tooSoon: tooSoon.status,
      later,
      inUse: await ratesInUse(),
      stored: await db.packs.toCollection().primaryKeys(),
      shown: useReferenceStore.getState().kinds.rates.lastError,
    }).toEqual({
      cut: { status: 'failed', switched: [], failed: ['rates'] },
      afterCut: {
        inUse: { version: 1, month: '2026-08' },
        stored: 2,
        error: {
          kind: 'network',
          message: expect.stringMatching(
            /^the rates download stopped after \d+ of \d+ bytes: network connection lost$/,
          ),
        },
      },
      tooSoon: 'waiting',
      later: { status: 'switched', switched: ['rates'], failed: [] },
      inUse: { version: 2, month: '2026-09' },
      stored: [
        ['uk', 'rates', 2],
        ['uk', 'tariff', 1],
      ],
      shown: null,
    });
  });

  it('refuses a garbage body or a server error with a clear message, the previous version still in use', async () => {
    const { server, sync } = await setUp();
    await sync.run();
    server.publish(2);
    server.next('garbage');
    await sync.run({ force: true });
    const garbage = useReferenceStore.getState().kinds.rates.lastError;
    server.next('error500');
    await sync.run({ force: true });
    const failed = useReferenceStore.getState().kinds.rates.lastError;
    expect({ garbage, failed, inUse: await ratesInUse() }).toEqual({
      garbage: {
        kind: 'invalid',
        message: expect.stringMatching(
          /^the rates download does not match version 2 \(24 of \d+ bytes, checksum differs\)$/,
        ),
      },
      failed: { kind: 'http', status: 500, message: 'database down' },
      inUse: { version: 1, month: '2026-08' },
    });
  });

  it('asks again soon, with backoff, while the server has published no tariff or rates yet', async () => {
    const { server, sync, advance } = await setUp();
    server.publish(0);
    const empty = await sync.run();
    const retryAt = sync.retryAt();
    const tooSoon = await sync.run();
    server.publish(1);
    advance(60_000);
    const later = await sync.run();
    expect({
      empty: empty.status,
      retrySoon: retryAt !== null && retryAt <= Date.parse('2026-10-01T08:00:04Z'),
      tooSoon: tooSoon.status,
      later: later.switched,
      inUse: await ratesInUse(),
    }).toEqual({
      empty: 'current',
      retrySoon: true,
      tooSoon: 'waiting',
      later: ['tariff', 'rates'],
      inUse: { version: 1, month: '2026-08' },
    });
  });

  it('downloads nothing while the version in use is the published one', async () => {
    const { server, sync } = await setUp();
    await sync.run();
    const before = server.requests.length;
    const again = await sync.run();
    expect([again.status, server.requests.slice(before)]).toEqual([
      'current',
      ['/sync/v1/reference?jurisdiction=uk'],
    ]);
  });

  it('switches atomically: a reader sees the old pack or the new one, never a pointer without its pack', async () => {
    const { server, sync } = await setUp();
    await sync.run();
    server.publish(2);
    const seen: Array<number | null> = [];
    const running = sync.run();
    while (seen.length < 50) {
      const inUse = await readCurrentPack(db, 'uk', 'rates');
      seen.push(inUse === null ? null : inUse.version);
      if (inUse?.version === 2) break;
    }
    await running;
    seen.push((await readCurrentPack(db, 'uk', 'rates'))?.version ?? null);
    expect([seen.every((version) => version === 1 || version === 2), seen.at(-1)]).toEqual([true, 2]);
  });
});
