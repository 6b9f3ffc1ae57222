import { describe, expect, it } from 'vitest';
import type { TariffLine, TariffSchedule } from '../types';
import type { SearchContext } from './context';
import { createTariffSearchIndex, createTariffSearchIndexAsync, searchTariff } from './search-index';

// Real lines: KCS HSK 2025 (kcs_hs_codes_2025.csv), UKGT 2021 (ukgt_2021_with_eu_cet.csv) and the
// HS 2022 subheadings above them (hs2022_harmonized_system.csv), as in assets/data.
const line = (code: string, description: string, descriptionLocal?: string): TariffLine => ({
  code,
  description,
  ...(descriptionLocal === undefined ? {} : { descriptionLocal }),
  measures: [],
});

const kr: TariffSchedule = {
  jurisdiction: 'kr',
  version: 'KCS HSK 2025',
  lines: [
    line('0203210000', 'Carcasses and half-carcasses', '도체(屠體)와 이분도체(二分屠體)'),
    line('0306171090', 'Other', '기타'),
    line(
      '0306179091',
      'White leg shrimp (Litopenaeus vannamei)',
      '흰다리새우[리토페나에우스 바나메이(Litopenaeus vannamei)]',
    ),
    line('0306360000', 'Other shrimps and prawns', '그 밖의 새우류'),
    line('2710121000', 'Motor spirit', '자동차 휘발유'),
    line('8703231000', 'New', '신차'),
  ],
};

const krContext: SearchContext = [
  { code: '020321', text: 'Meat; of swine, carcasses and half-carcasses, frozen' },
  { code: '020321', text: '냉동' },
  { code: '0203210000', text: '돼지고기' },
  { code: '030617', text: 'Crustaceans; frozen, shrimps and prawns, excluding cold-water varieties' },
  { code: '030617', text: '냉동 · 훈제' },
  { code: '03061710', text: '새우살 / Peeled' },
  { code: '0306171090', text: '새우(훈제하지 않은 것)' },
  { code: '0306179091', text: '새우(훈제하지 않은 것)' },
  {
    code: '030636',
    text: 'Crustaceans; live, fresh or chilled, shrimps and prawns excluding cold-water varieties',
  },
  {
    code: '8703',
    text: 'Motor cars and other motor vehicles; principally designed for the transport of persons',
  },
];

const uk: TariffSchedule = {
  jurisdiction: 'uk',
  version: 'UKGT 2021',
  lines: [
    line('03061792', 'Frozen shrimps of the genus "Penaeus", even smoked, whether in shell or not'),
    line('03063610', 'Shrimps of the family Pandalidae, live, fresh or chilled'),
    line(
      '87032319',
      'Motor cars and other motor vehicles principally designed for the transport of <10 persons',
    ),
    line('87112092', 'Motorcycles, incl. mopeds, with reciprocating internal combustion piston engine'),
  ],
};

const codes = (hits: ReturnType<typeof searchTariff>['hits']) => hits.map((hit) => hit.line.code);

describe('the tariff search', () => {
  const krIndex = createTariffSearchIndex(kr, krContext);
  const ukIndex = createTariffSearchIndex(uk);

  it('finds frozen shrimp in Korean whether the officer types a space or not', () => {
    expect(codes(searchTariff(krIndex, '냉동새우').hits)).toEqual(['0306179091', '0306171090']);
    expect(codes(searchTariff(krIndex, '냉동 새우').hits)).toEqual(['0306179091', '0306171090']);
  });

  it('reads past particles: 새우의 and 새우를 find what 새우 finds', () => {
    const shrimp = codes(searchTariff(krIndex, '새우').hits);
    expect([
      codes(searchTariff(krIndex, '새우의').hits),
      codes(searchTariff(krIndex, '새우를').hits),
    ]).toEqual([shrimp, shrimp]);
    expect(shrimp).toHaveLength(3);
  });

  it('finds a line by words from its headings when its own name is only 기타', () => {
    expect(codes(searchTariff(krIndex, '돼지고기 냉동').hits)).toEqual(['0203210000']);
  });

  it('lists codes that start with the digits typed first, dots or not', () => {
    expect(codes(searchTariff(krIndex, '0306.17').hits)).toEqual(['0306171090', '0306179091']);
    expect(searchTariff(krIndex, '030617').hits.map((hit) => [hit.by, hit.codeMatch])).toEqual([
      ['code', 6],
      ['code', 6],
    ]);
  });

  it('matches the word being typed as a prefix, and a Hangul syllable still being composed', () => {
    expect(codes(searchTariff(ukIndex, 'motor ca').hits)).toEqual(['87032319']);
    // On the way to 새우 an IME shows 생 (새 with ㅇ as its final) before the vowel moves it on.
    expect(codes(searchTariff(krIndex, '냉동생').hits)).toEqual(codes(searchTariff(krIndex, '냉동새').hits));
    expect(codes(searchTariff(krIndex, '냉동새').hits)).toContain('0306179091');
  });

  it('requires every English word and ranks the line named by them above one whose heading is', () => {
    expect(codes(searchTariff(ukIndex, 'frozen shrimps').hits)).toEqual(['03061792']);
    expect(codes(searchTariff(krIndex, 'motor').hits)).toEqual(['2710121000', '8703231000']);
  });

  it('marks what matched in the names as ranges of the text as stored', () => {
    const [hit] = searchTariff(krIndex, '흰다리 새우').hits;
    const marked = (text: string, ranges: Array<{ start: number; end: number }>) =>
      ranges.map(({ start, end }) => text.slice(start, end));
    expect(marked(hit?.line.descriptionLocal ?? '', hit?.highlights.descriptionLocal ?? [])).toEqual([
      '흰다리새우',
    ]);
    const [car] = searchTariff(ukIndex, 'motor cars').hits;
    expect(marked(car?.line.description ?? '', car?.highlights.description ?? [])).toEqual([
      'Motor',
      'cars',
      'motor',
    ]);
  });

  it('builds the same index in chunks as at once', async () => {
    const chunked = await createTariffSearchIndexAsync(kr, krContext, 2);
    expect(codes(searchTariff(chunked, '냉동새우').hits)).toEqual(
      codes(searchTariff(krIndex, '냉동새우').hits),
    );
  });

  it('finds nothing for a single letter or an empty query rather than half the schedule', () => {
    expect([searchTariff(ukIndex, 'm').hits, searchTariff(ukIndex, '  ').hits]).toEqual([[], []]);
  });
});
