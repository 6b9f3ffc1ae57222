import { describe, expect, it } from 'vitest';
import { importHs2022 } from '../../shared/tariff/import/hs2022';
import { readAsset, unwrap } from './assets';

describe('the HS 2022 nomenclature', () => {
  const entries = unwrap(importHs2022(readAsset('hs/hs2022_harmonized_system.csv')));

  it('drops the Comtrade aggregates and keeps chapters, headings and subheadings', () => {
    expect(entries.some((entry) => ['TOTAL', '99', '9999', '999999'].includes(entry.code))).toBe(false);
    expect(entries).toHaveLength(6_936); // 6,940 rows less TOTAL, 99, 9999, 999999
    expect(entries.filter((entry) => entry.level === 2)).toHaveLength(96); // 01–97 without 77
    expect(entries[0]).toEqual({
      code: '01',
      description: 'Animals; live',
      parent: null,
      level: 2,
      section: 'I',
    });
    expect(entries.find((entry) => entry.code === '010121')).toMatchObject({ parent: '0101', level: 6 });
  });
});
