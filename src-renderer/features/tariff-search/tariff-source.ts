import { hsHeadingContext, kcsHeadingContext, type SearchContext } from '@shared/tariff/search';
import type { Jurisdiction } from '@shared/domain';
import type { TariffSchedule } from '@shared/tariff/types';
import { deviceReferenceDb, readCurrentPack, readCurrentVersions } from '../../reference';

// Where the tariff search reads from: the tariff pack in use on the device, and the heading texts
// indexed beside its lines. The pack carries the lines only; the HS 2022 headings (and, for Korea,
// the KCS list's groups and categories) come with the app, loaded on first use as a separate chunk.

export type TariffSource = {
  /** The version of the tariff pack in use, without reading the pack; null when none is stored. */
  currentVersion: (jurisdiction: Jurisdiction) => Promise<number | null>;
  schedule: (jurisdiction: Jurisdiction) => Promise<{ version: number; schedule: TariffSchedule } | null>;
  context: (jurisdiction: Jurisdiction) => Promise<SearchContext>;
};

async function bundledContext(jurisdiction: Jurisdiction): Promise<SearchContext> {
  const { default: hsCsv } = await import('../../../assets/data/hs/hs2022_harmonized_system.csv?raw');
  const headings = hsHeadingContext(hsCsv, { koreanStates: jurisdiction === 'kr' });
  const hs = headings.ok ? headings.value : [];
  if (jurisdiction !== 'kr') return hs;
  const { default: kcsCsv } = await import('../../../assets/data/tariffs/kr/kcs_hs_codes_2025.csv?raw');
  const kcs = kcsHeadingContext(kcsCsv);
  return kcs.ok ? [...hs, ...kcs.value] : hs;
}

export const deviceTariffSource: TariffSource = {
  currentVersion: async (jurisdiction) => {
    const versions = await readCurrentVersions(deviceReferenceDb(), jurisdiction);
    return versions.find((current) => current.kind === 'tariff')?.version ?? null;
  },
  schedule: async (jurisdiction) => {
    const pack = await readCurrentPack(deviceReferenceDb(), jurisdiction, 'tariff');
    return pack === null ? null : { version: pack.version, schedule: pack.pack.schedule };
  },
  context: bundledContext,
};
