import { CodesPack, RatesPack, TariffPack } from '@shared/api/reference-v1';
import { openReferenceDb, type ReferenceDb } from '../../reference/reference-db';

// Small Korean reference packs for the assessment's component tests: one line for the frozen
// shrimp of makeDeclaration (basic rate A 20%, Korea–Viet Nam FTA FVN1 free), demo USD rates for
// March 2025 (1 USD = 1,250 KRW), and the reassess reason codes.

export const TARIFF = TariffPack.parse({
  kind: 'tariff',
  jurisdiction: 'kr',
  label: 'KCS test tariff',
  publishedAt: '2025-01-01T00:00:00Z',
  sources: ['test'],
  demo: true,
  schedule: {
    jurisdiction: 'kr',
    version: 'KCS test tariff',
    lines: [
      {
        code: '0306171000',
        description: 'Frozen shrimps and prawns',
        descriptionLocal: '냉동 새우',
        measures: [
          { kind: 'third-country', code: 'A', expression: '20%', source: 'test A' },
          { kind: 'preference', code: 'FVN1', expression: '0%', origins: ['VN'], source: 'test FVN1' },
        ],
      },
      {
        code: '0306160000',
        description: 'Cold-water shrimps',
        measures: [{ kind: 'third-country', code: 'A', expression: '10%', source: 'test A' }],
      },
    ],
  },
});

export const RATES = RatesPack.parse({
  kind: 'rates',
  jurisdiction: 'kr',
  label: 'demo rates, not KCS rates',
  publishedAt: '2025-01-01T00:00:00Z',
  sources: ['test'],
  demo: true,
  covers: { from: '2025-03-01', to: '2025-03-31' },
  table: {
    base: 'KRW',
    periodicity: 'weekly-sun-sat',
    version: 'KRW demo 2025-03',
    label: 'demo rates, not KCS rates',
    official: false,
    rates: [{ currency: 'USD', unitsPerBase: '0.0008', periodStart: '2025-03-01', periodEnd: '2025-03-31' }],
  },
});

export const CODES = CodesPack.parse({
  kind: 'codes',
  jurisdiction: 'kr',
  label: 'codes test',
  publishedAt: '2025-01-01T00:00:00Z',
  sources: ['test'],
  demo: true,
  reasons: {
    reassess: [{ code: 'PREFERENCE_DENIED', en: 'Preference denied', local: '협정관세 적용 배제' }],
  },
  documents: [],
  countries: [],
  units: [],
  lanes: [],
});

/** A reference database of its own, holding the packs given as the versions in use. */
export async function referenceDbWith(
  packs: Array<typeof TARIFF | typeof RATES | typeof CODES>,
): Promise<ReferenceDb> {
  const db = openReferenceDb(`test-reference-${crypto.randomUUID()}`);
  for (const pack of packs) {
    const row = { jurisdiction: pack.jurisdiction, kind: pack.kind, version: 3, etag: `"${pack.kind}-3"` };
    await db.packs.put({ ...row, pack, bytes: 1, storedAt: '2025-01-01T00:00:00Z' });
    await db.current.put({
      ...row,
      label: pack.label,
      publishedAt: pack.publishedAt,
      switchedAt: '2025-01-01T00:00:00Z',
    });
  }
  return db;
}
