import { describe, expect, it } from 'vitest';
import { createTariffSearchIndex, DEFAULT_RESULT_LIMIT, searchTariff } from '../../shared/tariff/search';
import { loadSearchSchedules } from './search-schedules';

// The tariff search over the full schedules from assets/data: what an officer types finds the
// lines a customs officer would expect, in Korean and English.
const { kr, uk } = loadSearchSchedules();
const krIndex = createTariffSearchIndex(kr.schedule, kr.context);
const ukIndex = createTariffSearchIndex(uk.schedule, uk.context);
const top = (hits: ReturnType<typeof searchTariff>['hits'], count: number) =>
  hits.slice(0, count).map((hit) => hit.line.code.slice(0, 6));

describe('tariff search over the full schedules', () => {
  it('finds frozen shrimp (0306.16/17) first for 냉동새우, 냉동 새우 and frozen shrimp in the Korean tariff', () => {
    // Three hits, each of them shrimp: `every` alone would also pass on no hits at all.
    const shrimp = expect.stringMatching(/^03061[67]$/);
    for (const query of ['냉동새우', '냉동 새우']) {
      expect(top(searchTariff(krIndex, query).hits, 3)).toEqual([shrimp, shrimp, shrimp]);
    }
  });

  it('puts a frozen shrimp line first for "frozen shrimp" in English', () => {
    expect(top(searchTariff(krIndex, 'frozen shrimp').hits, 1)).toEqual(['030617']);
  });

  it('finds frozen pork (0203.2x) for 돼지고기 냉동', () => {
    expect(
      top(searchTariff(krIndex, '돼지고기 냉동').hits, 5).filter((code) => code.startsWith('02032')),
    ).toHaveLength(4);
  });

  it('finds lines for motor cars by 자동차 in Korean', () => {
    expect(searchTariff(krIndex, '자동차').hits).toHaveLength(DEFAULT_RESULT_LIMIT);
  });

  it('lists UK motor cars (8703) first for "motor car" and every 8703.23 line for the code', () => {
    expect(top(searchTariff(ukIndex, 'motor car').hits, 2)).toEqual(['870380', '870380']);
    expect(searchTariff(ukIndex, '8703.23').hits.map((hit) => `${hit.by} ${hit.line.code}`)).toEqual([
      'code 87032311',
      'code 87032319',
      'code 87032390',
    ]);
  });
});
