import type { Party, PartyRole } from '@shared/domain';
import { CountryCode } from '@shared/domain';
import { koreanBusinessNumber, ukEori } from './identifiers';
import { Random, mixSeed } from './random';
import {
  EN_SECTORS,
  EN_STEMS,
  FOREIGN_STYLE,
  KR_ADDRESSES,
  KR_SECTORS,
  KR_STEMS,
  STREETS_EN,
  UK_PLACES,
  VN_SECTORS,
  VN_STEMS,
} from './tables/names';

/** A trader as the pool holds it; the declaration copies it with a role. */
export type Trader = Omit<Party, 'role'> & {
  /** Registered recently: the "new importer" criterion looks for these. */
  isNew: boolean;
  /** Has had HS classifications corrected before. */
  misclassificationHistory: boolean;
};

export type TraderPools = {
  krImporters: readonly Trader[];
  /** Customs brokers (관세사/관세법인) with their 5-digit declarant code. */
  krBrokers: readonly (Trader & { declarantCode: string })[];
  ukImporters: readonly Trader[];
  ukAgents: readonly Trader[];
  exportersByCountry: ReadonlyMap<string, readonly Trader[]>;
};

const EU_EORI_COUNTRIES = new Set(['DE', 'NL', 'BE', 'FR', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SK', 'LT', 'SE']);

function foreignIdentifier(random: Random, country: string): string {
  if (EU_EORI_COUNTRIES.has(country)) return `${country}${random.digits(random.int(9, 12))}`;
  switch (country) {
    case 'VN':
      return `MST ${random.digits(10)}`; // mã số thuế, the Vietnamese tax code
    case 'CN':
      return `91${random.digits(6)}${random.letters(10, '0123456789ABCDEFGHJKLMNPQRTUWXY')}`; // USCC shape
    case 'US':
      return `EIN ${random.digits(2)}-${random.digits(7)}`;
    case 'JP':
      return random.digits(13); // corporate number
    case 'AU':
      return `ABN ${random.digits(11)}`;
    default:
      return `${country}${random.digits(10)}`;
  }
}

function trader(random: Random, name: string, identifier: string, address: string, country: string): Trader {
  return {
    name,
    identifier,
    address,
    country: CountryCode.parse(country),
    isNew: random.chance(0.08),
    misclassificationHistory: random.chance(0.1),
  };
}

function krImporter(random: Random): Trader {
  const [stemKo, stemEn] = random.pick(KR_STEMS);
  const [sectorKo, sectorEn] = random.pick(KR_SECTORS);
  const name = `(주)${stemKo}${sectorKo} (${stemEn} ${sectorEn} Co., Ltd.)`;
  const address = `${random.pick(KR_ADDRESSES)} ${random.int(1, 420)}`;
  return trader(random, name, koreanBusinessNumber(random), address, 'KR');
}

function krBroker(random: Random): Trader & { declarantCode: string } {
  const [stemKo, stemEn] = random.pick(KR_STEMS);
  const declarantCode = String(random.int(10000, 99999));
  const base = trader(
    random,
    `관세법인 ${stemKo} (${stemEn} Customs Brokerage)`,
    declarantCode,
    `${random.pick(KR_ADDRESSES)} ${random.int(1, 420)}`,
    'KR',
  );
  return { ...base, declarantCode };
}

function foreignExporter(random: Random, country: string): Trader {
  const style = FOREIGN_STYLE[country] ?? { suffix: 'Ltd.', cities: ['Capital'] };
  const city = random.pick(style.cities);
  if (country === 'VN') {
    const [sectorVn, sectorEn] = random.pick(VN_SECTORS);
    const stem = random.pick(VN_STEMS);
    const name = `Công ty TNHH ${sectorVn} ${stem} (${stem} ${sectorEn} Co., Ltd.)`;
    return trader(
      random,
      name,
      foreignIdentifier(random, country),
      `${random.int(1, 300)} Đường số ${random.int(1, 30)}, ${city}`,
      country,
    );
  }
  const name = `${random.pick(EN_STEMS)} ${random.pick(EN_SECTORS)} ${style.suffix}`;
  const address = `${random.int(1, 200)} ${random.pick(STREETS_EN)}, ${city}`;
  return trader(random, name, foreignIdentifier(random, country), address, country);
}

function ukTrader(random: Random, kind: 'importer' | 'agent'): Trader {
  const suffix = kind === 'agent' ? 'Customs Services Ltd' : `${random.pick(EN_SECTORS)} Ltd`;
  const address = `Unit ${random.int(1, 60)}, ${random.pick(STREETS_EN)}, ${random.pick(UK_PLACES)}`;
  return trader(random, `${random.pick(EN_STEMS)} ${suffix}`, ukEori(random), address, 'GB');
}

function times<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

/**
 * Traders recur across declarations, as at a real post: one pool per seed, drawn from its own
 * stream so that pool sizes never shift the per-declaration streams.
 */
export function buildTraderPools(seed: number): TraderPools {
  const random = new Random(mixSeed(seed, 0x7ade));
  const exportersByCountry = new Map(
    Object.keys(FOREIGN_STYLE).map((country) => [
      country,
      times(country === 'VN' ? 60 : 25, () => foreignExporter(random, country)),
    ]),
  );
  return {
    krImporters: times(400, () => krImporter(random)),
    krBrokers: times(40, () => krBroker(random)),
    ukImporters: times(200, () => ukTrader(random, 'importer')),
    ukAgents: times(15, () => ukTrader(random, 'agent')),
    exportersByCountry,
  };
}

/** An exporter of `country`; `trade` (e.g. "Seafood") narrows to names of that trade when any match. */
export function exporterFrom(pools: TraderPools, random: Random, country: string, trade?: string): Trader {
  const list = pools.exportersByCountry.get(country);
  if (list === undefined) throw new Error(`no exporter pool for ${country}`);
  const matching = trade === undefined ? [] : list.filter((candidate) => candidate.name.includes(trade));
  return random.pick(matching.length > 0 ? matching : list);
}

export function asParty(role: PartyRole, trader: Omit<Party, 'role'>): Party {
  return {
    role,
    name: trader.name,
    identifier: trader.identifier,
    address: trader.address,
    country: trader.country,
  };
}
