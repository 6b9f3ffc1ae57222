import {
  buildKoreanDemoTariff,
  importKcsHskList,
  importP3QuotaTariff,
  importUkGlobalTariff,
  importVkftaSchedule,
} from '../../shared/tariff/import';
import { hsHeadingContext, kcsHeadingContext, type SearchContext } from '../../shared/tariff/search';
import type { TariffSchedule } from '../../shared/tariff/types';
import { readAsset, unwrap } from './assets';

// The two full schedules the tariff search is tested and measured on, each with the context texts
// a device would index beside it: HS 2022 headings for both, the KCS list's own for Korea.

export type SearchSchedule = { schedule: TariffSchedule; context: SearchContext };

export function loadSearchSchedules(): { kr: SearchSchedule; uk: SearchSchedule } {
  const hsCsv = readAsset('hs/hs2022_harmonized_system.csv');
  const kcsCsv = readAsset('tariffs/kr/kcs_hs_codes_2025.csv');
  const kr = unwrap(
    buildKoreanDemoTariff(
      unwrap(importKcsHskList(kcsCsv)),
      unwrap(importVkftaSchedule(readAsset('tariffs/kr/kr_vkfta_korea_schedule.csv'))),
      unwrap(importP3QuotaTariff(readAsset('tariffs/kr/kr_quota_tariff_p3_2025_2026.csv'))),
    ),
  );
  const uk = unwrap(importUkGlobalTariff(readAsset('tariffs/uk/ukgt_2021_with_eu_cet.csv')));
  return {
    kr: {
      schedule: kr,
      context: [
        ...unwrap(hsHeadingContext(hsCsv, { koreanStates: true })),
        ...unwrap(kcsHeadingContext(kcsCsv)),
      ],
    },
    uk: { schedule: uk, context: unwrap(hsHeadingContext(hsCsv)) },
  };
}
