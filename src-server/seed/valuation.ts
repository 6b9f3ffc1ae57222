import Decimal from 'decimal.js';
import type { GoodsItem, Incoterm, TransportMode, Valuation } from '@shared/domain';
import { CurrencyCode, DecimalString } from '@shared/domain';
import type { Random, WeightedChoice } from './random';
import { UNITS_PER_USD } from './tables/trades';

const INCOTERMS: Readonly<Record<TransportMode, readonly WeightedChoice<Incoterm>[]>> = {
  sea: [
    ['FOB', 35],
    ['CIF', 25],
    ['CFR', 20],
    ['FCA', 10],
    ['EXW', 5],
    ['DAP', 5],
  ],
  air: [
    ['FCA', 35],
    ['CPT', 15],
    ['CIP', 15],
    ['EXW', 15],
    ['DAP', 15],
    ['DDP', 5],
  ],
  road: [
    ['FCA', 30],
    ['DAP', 30],
    ['EXW', 15],
    ['CPT', 10],
    ['DDP', 10],
    ['CIP', 5],
  ],
  rail: [['FCA', 1]],
  post: [['DAP', 1]],
};

/** Terms where the buyer pays the main carriage: freight is declared to be added to the price. */
const FREIGHT_NOT_IN_PRICE = new Set<Incoterm>(['EXW', 'FCA', 'FAS', 'FOB']);
/** Terms where the seller does not insure: insurance is declared to be added too. */
const INSURANCE_NOT_IN_PRICE = new Set<Incoterm>(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CPT']);
/** Terms named at the place of shipment rather than of destination. */
const NAMED_AT_ORIGIN = new Set<Incoterm>(['EXW', 'FCA', 'FAS', 'FOB']);

export function chooseIncoterm(random: Random, mode: TransportMode): Incoterm {
  return random.weighted(INCOTERMS[mode]);
}

/** Freight to the border in US cents: per container by sea, per kg by air, per lorry by road. */
function freightUsdCents(random: Random, mode: TransportMode, containers: number, grossKg: Decimal): Decimal {
  switch (mode) {
    case 'sea':
      return new Decimal(random.int(90_000, 320_000)).mul(Math.max(1, containers));
    case 'air':
      return grossKg.mul(random.int(250, 600)).toDecimalPlaces(0);
    case 'road':
    case 'rail':
    case 'post':
      return new Decimal(random.int(75_000, 195_000));
  }
}

export function buildValuation(
  random: Random,
  args: {
    items: readonly GoodsItem[];
    currency: string;
    incoterm: Incoterm;
    mode: TransportMode;
    containers: number;
    placeOfLoading: string;
    placeOfDischarge: string;
  },
): Valuation {
  const total = args.items.reduce((sum, item) => sum.plus(item.price), new Decimal(0));
  const grossKg = args.items.reduce((sum, item) => sum.plus(item.grossMassKg), new Decimal(0));
  const unitsPerUsd = new Decimal(UNITS_PER_USD[args.currency] ?? '1');
  const freight = FREIGHT_NOT_IN_PRICE.has(args.incoterm)
    ? freightUsdCents(random, args.mode, args.containers, grossKg).div(100).mul(unitsPerUsd)
    : null;
  const insurance = INSURANCE_NOT_IN_PRICE.has(args.incoterm)
    ? total
        .plus(freight ?? 0)
        .mul(random.int(15, 50))
        .div(10_000)
    : null;
  const money = (value: Decimal): DecimalString => DecimalString.parse(Decimal.max(value, '0.01').toFixed(2));
  return {
    invoiceCurrency: CurrencyCode.parse(args.currency),
    invoiceTotal: money(total),
    incoterm: args.incoterm,
    incotermPlace: NAMED_AT_ORIGIN.has(args.incoterm) ? args.placeOfLoading : args.placeOfDischarge,
    freight: freight === null ? null : money(freight),
    insurance: insurance === null ? null : money(insurance),
  };
}
