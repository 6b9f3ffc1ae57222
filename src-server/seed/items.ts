import Decimal from 'decimal.js';
import type { GoodsItem, PreferenceClaim, TransportMode } from '@shared/domain';
import { CountryCode, DecimalString, HsCode } from '@shared/domain';
import type { Random } from './random';
import type { KrLine } from './reference';
import { packingFor } from './tables/packaging';
import { UNITS_PER_USD } from './tables/trades';
import { kgPerUnitRange, rec20ForKcsUnit } from './units';

/** What an item needs beyond its tariff line: who made it, what it costs and how it travels. */
export type ItemSpec = {
  hsCode: string;
  description: string;
  /** Rec 20 quantity unit. */
  unit: string;
  origin: string;
  preference: PreferenceClaim | null;
  usdPerKg: readonly [number, number];
  /** Priced well below the usual band: what an undervaluation criterion should catch. */
  undervalued: boolean;
};

/** Net kilograms of one item line, in tenths of a kilogram (integers keep masses exact). */
const NET_TENTHS_BY_MODE: Readonly<Record<TransportMode, readonly [number, number]>> = {
  sea: [1_000, 80_000],
  air: [50, 8_000],
  road: [500, 40_000],
  rail: [1_000, 80_000],
  post: [5, 200],
};

const GENERIC_NAME = /^(기타|그 밖의 것|other\.?)$/i;

/** The HSK name in Korean and English, with the HS heading when the line is only "기타 / Other". */
export function krDescription(line: KrLine): string {
  const english = line.nameEn === '' ? (line.headingEn ?? line.code) : line.nameEn;
  if (line.headingEn !== null && (GENERIC_NAME.test(line.nameKo) || GENERIC_NAME.test(line.nameEn))) {
    return `${line.nameKo} (${line.headingEn}: ${english})`;
  }
  return `${line.nameKo} (${english})`;
}

export function krItemUnit(line: KrLine): string {
  return rec20ForKcsUnit(line.kcsUnit);
}

const decimal = (value: Decimal, places: number): DecimalString => DecimalString.parse(value.toFixed(places));

function quantityFor(random: Random, unit: string, hsCode: string, netKg: Decimal): string {
  if (unit === 'KGM') return netKg.toFixed(1);
  const [low, high] = kgPerUnitRange(unit, hsCode);
  // Pick kg per unit as an integer number of millionths so the division stays decimal.
  const kgPerUnit = new Decimal(random.int(Math.round(low * 1e6), Math.round(high * 1e6))).div(1e6);
  const quantity = netKg.div(kgPerUnit);
  const whole = unit === 'NAR' || unit === 'PR' || unit === 'MIL' || unit === 'GRM';
  return whole
    ? Decimal.max(1, quantity.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)).toFixed(0)
    : quantity.toFixed(2);
}

export function buildItem(
  random: Random,
  spec: ItemSpec,
  sequence: number,
  mode: TransportMode,
  currency: string,
): GoodsItem {
  const [minTenths, maxTenths] = spec.unit === 'CTM' ? [1, 20] : NET_TENTHS_BY_MODE[mode];
  const netKg = new Decimal(random.int(minTenths, maxTenths)).div(10);
  const grossKg = netKg.mul(new Decimal(random.int(103, 115)).div(100));
  const [kindCode, kgMin, kgMax] = packingFor(spec.hsCode);
  const perPackage = random.int(kgMin, kgMax);
  const packageCount = Math.max(1, netKg.div(perPackage).toDecimalPlaces(0, Decimal.ROUND_UP).toNumber());

  const [usdLow, usdHigh] = spec.usdPerKg;
  let usdCentsPerKg = new Decimal(random.int(Math.round(usdLow * 100), Math.round(usdHigh * 100)));
  if (spec.undervalued) usdCentsPerKg = usdCentsPerKg.mul(random.int(25, 45)).div(100);
  const unitsPerUsd = new Decimal(UNITS_PER_USD[currency] ?? '1');
  const price = usdCentsPerKg.mul(netKg).div(100).mul(unitsPerUsd);

  return {
    sequence,
    hsCode: HsCode.parse(spec.hsCode),
    description: spec.description,
    originCountry: CountryCode.parse(spec.origin),
    preference: spec.preference,
    quantity: DecimalString.parse(quantityFor(random, spec.unit, spec.hsCode, netKg)),
    quantityUnit: spec.unit,
    netMassKg: decimal(netKg, 1),
    grossMassKg: decimal(grossKg, 1),
    packages: { count: packageCount, kindCode },
    price: decimal(Decimal.max(price, '0.01'), 2),
  };
}

/** Item count: mostly 1–8, sometimes a long invoice of 9–40 lines. */
export function itemCount(random: Random): number {
  const roll = random.float();
  if (roll < 0.01) return random.int(21, 40);
  if (roll < 0.04) return random.int(9, 20);
  return random.weighted([
    [1, 30],
    [2, 20],
    [3, 15],
    [4, 10],
    [5, 8],
    [6, 7],
    [7, 5],
    [8, 5],
  ]);
}
