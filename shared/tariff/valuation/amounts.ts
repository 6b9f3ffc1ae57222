// The amounts of a declaration that can never be below zero. The shared Declaration schema reads
// every amount as a signed decimal; a price of -1000 would otherwise value the goods at -1000 and
// the taxes at nothing. The importers refuse such a file with this list, and the engine checks it
// again for what reaches it by other roads (sync, tests, a future importer).
import type { Declaration, GoodsItem, ValuationAdjustment } from '../../domain/declaration';
import { Dec } from '../decimal';

/** An amount below zero: where it is (a JSON path of the declaration) and what it says. */
export type NegativeAmount = { where: string; value: string };

type Field = { where: string; value: string | null | undefined };

const adjustmentFields = (adjustments: ValuationAdjustment[] | undefined, at: string): Field[] =>
  (adjustments ?? []).map((adjustment, index) => ({
    where: `${at}.adjustments[${index}].amount`,
    value: adjustment.amount,
  }));

function itemFields(item: GoodsItem, at: string): Field[] {
  return [
    { where: `${at}.price`, value: item.price },
    { where: `${at}.quantity`, value: item.quantity },
    { where: `${at}.netMassKg`, value: item.netMassKg },
    { where: `${at}.grossMassKg`, value: item.grossMassKg },
    { where: `${at}.alcoholStrengthPercent`, value: item.alcoholStrengthPercent },
    ...(item.supplementaryQuantities ?? []).map((entry, index) => ({
      where: `${at}.supplementaryQuantities[${index}].quantity`,
      value: entry.quantity,
    })),
    ...adjustmentFields(item.adjustments, at),
    ...(item.declaredTaxes ?? []).map((tax, index) => ({
      where: `${at}.declaredTaxes[${index}].amount`,
      value: tax.amount,
    })),
  ];
}

const belowZero = (fields: Field[]): NegativeAmount[] =>
  fields.flatMap(({ where, value }) =>
    value === null || value === undefined || !new Dec(value).lessThan(0) ? [] : [{ where, value }],
  );

/** The header amounts below zero: invoice total, freight, insurance, header additions and deductions. */
export function negativeHeaderAmounts(declaration: Declaration): NegativeAmount[] {
  const { valuation } = declaration;
  return belowZero([
    { where: 'valuation.invoiceTotal', value: valuation.invoiceTotal },
    { where: 'valuation.freight', value: valuation.freight },
    { where: 'valuation.insurance', value: valuation.insurance },
    ...adjustmentFields(valuation.adjustments, 'valuation'),
  ]);
}

/** The amounts of the item at `index` below zero: price, quantities, masses, its own adjustments and declared taxes. */
export const negativeItemAmounts = (item: GoodsItem, index: number): NegativeAmount[] =>
  belowZero(itemFields(item, `items[${index}]`));

/** Every amount of the declaration below zero, header first, in the order of the file. */
export const negativeAmounts = (declaration: Declaration): NegativeAmount[] => [
  ...negativeHeaderAmounts(declaration),
  ...declaration.items.flatMap(negativeItemAmounts),
];
