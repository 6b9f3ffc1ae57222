import type { GoodsItem, LiquorCategory } from '@shared/domain';
import { DecimalString } from '@shared/domain';

// What Korea's internal taxes need of a demo item beyond its HSK line (issue 10): the liquor
// category and strength of a drink, the engine capacity of a car, the litres of a per-kilolitre
// liquor. Derived from the line alone, with no random draws, so every other demo figure stays as
// it was. Typical values for the kind of goods, not measured ones: this is demo data.

/** Liquor category and a typical strength (% vol) by HSK prefix, longest prefix first. */
const LIQUOR: ReadonlyArray<readonly [string, LiquorCategory, string]> = [
  ['2206001', 'fruit-wine', '8'], // 사과술, 배술 (fruit fermented)
  ['2206002010', 'cheongju', '15'],
  ['2206002020', 'yakju', '13'],
  ['2206002030', 'takju', '6'],
  ['2208904000', 'soju', '17'],
  ['2208901000', 'brandy', '40'],
  ['220820', 'brandy', '40'],
  ['220830', 'whisky', '40'],
  ['220870', 'liqueur', '25'],
  ['2208', 'general-distilled', '40'], // rum, gin, vodka, kaoliang, tequila
  ['2207', 'spirit-alcohol', '95'],
  ['2204', 'fruit-wine', '12.5'],
  ['2203', 'beer', '5'],
];

/** Engine capacity (cc) by HSK prefix, within the subheading's range; 8703.80 is electric. */
const ENGINE_CC: ReadonlyArray<readonly [string, string]> = [
  ['870321', '998'],
  ['870322', '1497'],
  ['8703231', '1998'],
  ['8703239', '2497'],
  ['8703241', '3470'],
  ['8703249', '4395'],
  ['870331', '1493'],
  ['8703321', '1995'],
  ['8703329', '2199'],
  ['870333', '2993'],
  ['870340', '1598'],
  ['870350', '1995'],
  ['870360', '1987'],
  ['870370', '1995'],
];

/** Liquor taxed per kilolitre needs the litres; demo drinks are taken at one litre a kilogram. */
const PER_LITRE: readonly LiquorCategory[] = ['beer', 'takju', 'spirit-alcohol'];

const longest = <T extends readonly [string, ...unknown[]]>(table: readonly T[], code: string) =>
  table.filter(([prefix]) => code.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];

export function withKrTaxAttributes(item: GoodsItem): GoodsItem {
  const code = item.hsCode;
  if (code.startsWith('870380')) return { ...item, electricVehicle: true };
  const engine = longest(ENGINE_CC, code);
  if (engine) return { ...item, engineCapacityCc: DecimalString.parse(engine[1]) };
  const liquor = longest(LIQUOR, code);
  if (!liquor) return item;
  const [, category, strength] = liquor;
  const litres =
    PER_LITRE.includes(category) && item.quantityUnit !== 'LTR'
      ? { supplementaryQuantities: [{ unit: 'LTR', quantity: item.netMassKg }] }
      : {};
  return {
    ...item,
    liquorCategory: category,
    alcoholStrengthPercent: DecimalString.parse(strength),
    ...litres,
  };
}
