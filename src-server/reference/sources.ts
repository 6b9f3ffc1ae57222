import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';

/** The repository's assets/data, found from this file so the server works from any directory. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../assets/data', import.meta.url));

/**
 * Bumped whenever the way packs are built from their files changes, so a server started on
 * unchanged files still republishes what the new code would build differently.
 */
export const PACK_BUILDER_VERSION = 2;

/** One source file of a pack: its path under assets/data and the provenance line packs carry. */
export type SourceFile = { path: string; provenance: string };

export const SOURCES = {
  ukgt: {
    path: 'tariffs/uk/ukgt_2021_with_eu_cet.csv',
    provenance: 'UK Global Tariff 2021 (UK Department for International Trade), Open Government Licence v3.0',
  },
  hmrcRates: {
    path: 'tariffs/uk/hmrc_monthly_exchange_rates.csv',
    provenance: 'HMRC monthly customs exchange rates, Open Government Licence v3.0',
  },
  kcsHsk: {
    path: 'tariffs/kr/kcs_hs_codes_2025.csv',
    provenance: '출처: 관세청 (data.go.kr), HSK code list 2025',
  },
  vkfta: {
    path: 'tariffs/kr/kr_vkfta_korea_schedule.csv',
    provenance: "Korea–Viet Nam FTA, Annex 2-A, Korea's schedule (treaty text)",
  },
  p3: {
    path: 'tariffs/kr/kr_quota_tariff_p3_2025_2026.csv',
    provenance: '출처: 관세청 관세법령정보포털(품목번호별 관세율표, 공공누리 제1유형), quota tariff P3',
  },
  countries: {
    path: 'codes/country-codes.csv',
    provenance: 'datasets/country-codes, ODC-PDDL-1.0',
  },
  units: {
    path: 'codes/unece_rec20_units_annexII.csv',
    provenance: 'UN/ECE Recommendation 20, Annex II, ODC-PDDL-1.0',
  },
  krNationalTaxes: {
    path: 'taxes/kr/national-tax-rates.json',
    provenance:
      'Korean national tax rates read from the statutes (개별소비세법, 주세법, 교육세법, 농어촌특별세법, 교통·에너지·환경세법 and their decrees); public works, 저작권법 art. 7',
  },
} as const satisfies Record<string, SourceFile>;

/** The national tax-rate table shipped per jurisdiction, as a path; null where the public data has none. */
export const SHIPPED_NATIONAL_RATES: Record<Jurisdiction, string | null> = {
  kr: join(DEFAULT_DATA_DIR, SOURCES.krNationalTaxes.path),
  uk: null,
};

type SourceName = keyof typeof SOURCES;

const TARIFF_FILES: Record<Jurisdiction, SourceName[]> = {
  kr: ['kcsHsk', 'vkfta', 'p3'],
  uk: ['ukgt'],
};

/** The files each pack is built from. The codes pack lists the units its jurisdiction's tariff uses. */
export function sourcesOf(kind: ReferenceKind, jurisdiction: Jurisdiction): SourceName[] {
  switch (kind) {
    case 'tariff':
      return TARIFF_FILES[jurisdiction];
    case 'rates':
      return ['hmrcRates'];
    case 'taxes':
      return jurisdiction === 'kr' ? ['krNationalTaxes'] : [];
    case 'codes':
      return [...TARIFF_FILES[jurisdiction], 'countries', 'units'];
  }
}

/** Reads source files once each, however many packs use them. */
export class SourceReader {
  private readonly texts = new Map<SourceName, string>();
  constructor(readonly dataDir: string) {}

  text(name: SourceName): string {
    let text = this.texts.get(name);
    if (text === undefined) {
      const path = join(this.dataDir, SOURCES[name].path);
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new Error(
          `reference data: cannot read ${path}: ${error instanceof Error ? error.message : error}`,
        );
      }
      this.texts.set(name, text);
    }
    return text;
  }

  /**
   * The hash a pack is published with: its files' bytes, the builder version and `extra` (the
   * code lists kept in the source code). Equal hashes mean the pack would be built the same.
   */
  inputsHash(kind: ReferenceKind, jurisdiction: Jurisdiction, extra = ''): string {
    const hash = createHash('sha256').update(`${PACK_BUILDER_VERSION}\0${kind}\0${jurisdiction}\0${extra}`);
    for (const name of sourcesOf(kind, jurisdiction)) hash.update(`\0${name}\0`).update(this.text(name));
    return hash.digest('base64url');
  }

  provenance(kind: ReferenceKind, jurisdiction: Jurisdiction): string[] {
    return sourcesOf(kind, jurisdiction).map((name) => `${SOURCES[name].path}: ${SOURCES[name].provenance}`);
  }
}
