import { describe, expect, it } from 'vitest';
// The seed's own name tables (pure data): the names officers see in the demo and in the benchmark.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import {
  EN_SECTORS,
  EN_STEMS,
  KR_SECTORS,
  KR_STEMS,
  VN_SECTORS,
  VN_STEMS,
} from '../../src-server/seed/tables/names';
import { makeDeclaration } from '../test-utils/fixtures';
import { toWorklistRow, traderSearchKey, traderSortKey } from './worklist-row';

/** Trader names as src-server/seed/parties.ts builds them, every combination of its tables. */
function seedTraderNames(): string[] {
  const korean = KR_STEMS.flatMap(([stemKo, stemEn]) =>
    KR_SECTORS.flatMap(([sectorKo, sectorEn]) => [
      `(주)${stemKo}${sectorKo} (${stemEn} ${sectorEn} Co., Ltd.)`,
      `${stemKo}${sectorKo}`,
      `관세법인 ${stemKo} (${stemEn} Customs Brokerage)`,
    ]),
  );
  const vietnamese = VN_STEMS.flatMap((stem) =>
    VN_SECTORS.map(
      ([sectorVn, sectorEn]) => `Công ty TNHH ${sectorVn} ${stem} (${stem} ${sectorEn} Co., Ltd.)`,
    ),
  );
  const english = EN_STEMS.flatMap((stem) =>
    EN_SECTORS.flatMap((sector) => [`${stem} ${sector} Ltd`, `${stem.toLowerCase()} ${sector} Ltd`]),
  );
  return [...korean, ...vietnamese, ...english, 'Ängel', 'angel', 'Angel', '123 Trading', 'Đại Phát'];
}

const byKey = (names: string[]) =>
  [...names].sort((a, b) => {
    const [ka, kb] = [traderSortKey(a), traderSortKey(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

describe('the worklist row of a declaration', () => {
  it('orders the seed’s Korean, Vietnamese and English trader names as Intl.Collator("ko") does', () => {
    const names = seedTraderNames();
    expect(byKey(names)).toEqual([...names].sort(new Intl.Collator('ko').compare));
  });

  it('finds a name by the key of what the officer typed, whatever its case and accents', () => {
    const key = traderSortKey('Công ty TNHH Thủy sản Sao Biển Xanh');
    expect(
      ['cong ty', 'CÔNG TY TNHH', 'công ty tnhh thuy'].map((typed) => key.startsWith(traderSearchKey(typed))),
    ).toEqual([true, true, true]);
  });

  it('flattens a declaration into the shown fields and the sort keys', () => {
    const row = toWorklistRow(makeDeclaration({ id: 'D-1', lane: 'RED', riskScore: 90, status: 'held' }));
    expect(row).toMatchObject({
      id: 'D-1',
      postId: 'KR-ICN',
      trader: '한빛무역 주식회사',
      itemCount: 1,
      lane: 'RED',
      registeredKey: Date.parse('2025-03-14T05:05:00Z'),
      laneKey: 0,
      riskKey: -90,
      statusKey: 4,
      traderKey: traderSortKey('한빛무역 주식회사'),
      assignedTo: null,
      registeredDay: '2025-03-14',
      partyKeys: [traderSearchKey('한빛무역 주식회사'), traderSearchKey('Saigon Foods JSC')],
      hsCodes: ['0306171000'],
      origins: ['VN'],
    });
  });

  it('takes the day registered as written at the post, not in UTC', () => {
    const row = toWorklistRow(makeDeclaration({ registeredAt: '2025-03-15T08:30:00+09:00' }));
    expect([row.registeredDay, new Date(row.registeredKey).toISOString().slice(0, 10)]).toEqual([
      '2025-03-15',
      '2025-03-14',
    ]);
  });
});
