import { readFileSync } from 'node:fs';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaxesPack } from '@shared/api/reference-v1';
import { DEMO_KRW_LABEL } from '@shared/tariff/import';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { loadPack, referenceManifest } from '../store/reference-data';
import { PackBuilder } from './build-packs';
import { publishReferencePacks } from './publish';
import { DEFAULT_DATA_DIR, SOURCES, SourceReader } from './sources';

const LINES = 11_830;
const at = () => new Date('2026-10-05T08:00:00.000Z');

describe.each(testDatabases())('publishing the reference packs of assets/data on $kind', (engine) => {
  let t: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    t = await engine.open();
    // A copy of the files the UK packs read, so one test can change a file.
    dataDir = await mkdtemp(join(tmpdir(), 'bp-reference-'));
    for (const source of [SOURCES.ukgt, SOURCES.hmrcRates, SOURCES.countries, SOURCES.units])
      await cp(join(DEFAULT_DATA_DIR, source.path), join(dataDir, source.path), { recursive: true });
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes the four UK packs, each a valid pack the verifier can load', async () => {
    const published = await publishReferencePacks(t.db, { dataDir, jurisdictions: ['uk'], now: at });
    const tariff = await loadPack(t.db, 'tariff', 'uk');
    const rates = await loadPack(t.db, 'rates', 'uk');
    const codes = await loadPack(t.db, 'codes', 'uk');
    const taxes = await loadPack(t.db, 'taxes', 'uk');
    expect({
      published,
      tariff: [tariff?.pack.label, tariff?.pack.demo, tariff?.pack.schedule.lines.length],
      rates: [rates?.pack.label, rates?.pack.demo, rates?.pack.covers],
      taxes: taxes?.pack.rates,
      reasons: codes?.pack.reasons['reject']?.[0],
      release: codes?.pack.reasons['release']?.map((entry) => entry.code).slice(0, 2),
      country: codes?.pack.countries.find((entry) => entry.code === 'VN'),
      units: codes?.pack.units.map((entry) => entry.code),
      lane: codes?.pack.lanes[0],
      publishedAt: tariff?.pack.publishedAt,
    }).toEqual({
      published: [
        { kind: 'tariff', jurisdiction: 'uk', version: 1, rebuilt: true },
        { kind: 'rates', jurisdiction: 'uk', version: 1, rebuilt: true },
        { kind: 'taxes', jurisdiction: 'uk', version: 1, rebuilt: true },
        { kind: 'codes', jurisdiction: 'uk', version: 1, rebuilt: true },
      ],
      tariff: ['UK Global Tariff 2021-01-01 (published 2020-12-02)', false, LINES],
      rates: ['HMRC monthly rates to 2026-09', false, { from: '2015-01-01', to: '2026-09-30' }],
      taxes: [],
      reasons: { code: 'INCOMPLETE', en: 'Declaration incomplete', local: '신고사항 불비' },
      release: ['PAID_UNCONFIRMED', 'GUARANTEE_LODGED'],
      country: { code: 'VN', en: 'Vietnam' },
      units: ['HLT', 'KGM', 'NAR'],
      lane: { code: 'GREEN', en: 'Green (release)', local: '녹색 (통관)' },
      publishedAt: '2026-10-05T08:00:00.000Z',
    });
  });

  it('imports nothing again while the files are unchanged, and republishes only what a changed file feeds', async () => {
    const unchanged = await publishReferencePacks(t.db, { dataDir, jurisdictions: ['uk'], now: at });
    await appendFile(join(dataDir, SOURCES.hmrcRates.path), '2026-10-01,2026-10-31,USD,1.3012\n');
    const changed = await publishReferencePacks(t.db, { dataDir, jurisdictions: ['uk'], now: at });
    const manifest = await referenceManifest(t.db, 'uk');
    expect({
      unchanged: unchanged.map((pack) => pack.rebuilt),
      changed: changed.map(({ kind, version, rebuilt }) => ({ kind, version, rebuilt })),
      ratesLabel: manifest.packs.find((pack) => pack.kind === 'rates')?.label,
    }).toEqual({
      unchanged: [false, false, false, false],
      changed: [
        { kind: 'tariff', version: 1, rebuilt: false },
        { kind: 'rates', version: 2, rebuilt: true },
        { kind: 'taxes', version: 1, rebuilt: false },
        { kind: 'codes', version: 1, rebuilt: false },
      ],
      ratesLabel: 'HMRC monthly rates to 2026-10',
    });
  });
});

describe('the Korean rates pack', () => {
  it('keeps saying it holds demo rates, not KCS rates', () => {
    const pack = new PackBuilder(new SourceReader(DEFAULT_DATA_DIR), at().toISOString()).rates('kr');
    expect([pack.label.startsWith(DEMO_KRW_LABEL), pack.demo, pack.table.official, pack.covers.from]).toEqual(
      [true, true, false, '2015-01-04'],
    );
  });
});

describe('the Korean taxes pack', () => {
  it('carries the shipped national tax-rate table, each rate with its article, under the table’s version', () => {
    const pack = new PackBuilder(new SourceReader(DEFAULT_DATA_DIR), at().toISOString()).taxes('kr');
    const shipped = JSON.parse(
      readFileSync(join(DEFAULT_DATA_DIR, 'taxes/kr/national-tax-rates.json'), 'utf8'),
    ) as { version: string; rates: unknown[] };
    expect(TaxesPack.parse(pack).rates).toHaveLength(shipped.rates.length);
    expect([pack.label, pack.demo, pack.sources.some((s) => s.includes('개별소비세법'))]).toEqual([
      shipped.version,
      false,
      true,
    ]);
  });
});
