// Customs value per item: the transaction value (WTO Valuation Agreement art. 1; Korea Customs Act
// art. 30; UK Customs (Import Duty) Regulations 2018 sch. 4) adjusted to CIF at the place of import,
// converted at the official rate on the date of acceptance.
import type { Declaration, GoodsItem, ValuationAdjustment } from '../../domain/declaration';
import type { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import { roundByRule } from '../profiles/rounding';
import type { RoundingRule } from '../profiles/types';
import type { ExchangeRateTable, ItemProblem } from '../types';
import { adjustmentLabel, isInsuranceAddition, isTransportAddition } from './adjustments';
import { negativeHeaderAmounts, negativeItemAmounts } from './amounts';
import { allocate, currencyDecimals } from './allocation';
import { convertToBase, type RateUsed } from './exchange';
import { incotermCosts } from './incoterms';

/**
 * How header costs are shared among items. By value is the default: HMRC (Notice 252) and WCO
 * practice apportion freight and insurance pro rata to the items' values unless the declarant
 * shows another basis; by (gross) weight is the usual alternative for freight charged by weight.
 */
export type AllocationBasis = 'value' | 'weight';

export type ValuationOptions = {
  currency: CurrencyCode;
  rates: ExchangeRateTable;
  rounding: RoundingRule;
  allocation?: AllocationBasis;
};

export type ItemValue = {
  sequence: number;
  /** Full precision, in the profile currency. */
  raw: Dec;
  /** Rounded as the profile says: the base of the taxes. */
  rounded: Dec;
  trace: string[];
  problems: ItemProblem[];
};

export type DeclarationValue = { items: ItemValue[]; ratesUsed: RateUsed[] };

/** One amount that enters an item's value, in its own currency, with its sign. */
type Component = { label: string; amount: Dec; currency: CurrencyCode; sign: 1 | -1 };

type HeaderCost = { label: string; amount: Dec; currency: CurrencyCode; sign: 1 | -1 };

function headerCosts(declaration: Declaration, trace: string[]): HeaderCost[] {
  const { valuation } = declaration;
  const terms = incotermCosts(valuation.incoterm);
  const allAdjustments = [
    ...(valuation.adjustments ?? []),
    ...declaration.items.flatMap((item) => item.adjustments ?? []),
  ];
  const costs: HeaderCost[] = [];
  const currency = valuation.invoiceCurrency;
  const where = `${valuation.incoterm} ${valuation.incotermPlace}`.trim();

  // Freight and insurance follow one rule: added to reach the border unless the incoterm's price
  // already includes them or a DE 4/9 addition declares them (never counted twice).
  const headerCosts = [
    {
      name: 'freight',
      amount: valuation.freight,
      inPrice: terms.freightInPrice,
      declaredAsAddition: allAdjustments.some(isTransportAddition),
      addition: 'a DE 4/9 transport addition',
      warnWhenMissing: true,
    },
    {
      name: 'insurance',
      amount: valuation.insurance,
      inPrice: terms.insuranceInPrice,
      declaredAsAddition: allAdjustments.some(isInsuranceAddition),
      addition: 'a DE 4/9 AK addition',
      warnWhenMissing: false,
    },
  ] as const;
  for (const cost of headerCosts) {
    if (cost.amount === null) {
      if (cost.warnWhenMissing && !cost.inPrice && !cost.declaredAsAddition)
        trace.push(`${where}: no ${cost.name} declared although the price excludes carriage to the border`);
    } else if (cost.inPrice)
      trace.push(`${cost.name} ${cost.amount} ${currency} already in the ${where} price`);
    else if (cost.declaredAsAddition)
      trace.push(`${cost.name} ${cost.amount} ${currency} not added again: ${cost.addition} is declared`);
    else
      costs.push({
        label: `${cost.name} to the border (${where})`,
        amount: new Dec(cost.amount),
        currency,
        sign: 1,
      });
  }
  if (terms.costsAfterImportInPrice && !allAdjustments.some((a) => a.kind === 'deduction')) {
    trace.push(`${where}: the price includes costs after importation; none declared as deductions`);
  }
  for (const adjustment of valuation.adjustments ?? []) costs.push(fromAdjustment(adjustment));
  return costs;
}

function fromAdjustment(a: ValuationAdjustment): HeaderCost {
  const verb = a.kind === 'addition' ? 'addition' : 'deduction';
  return {
    label: `${verb} ${a.code} ${adjustmentLabel(a.code)}`,
    amount: new Dec(a.amount),
    currency: a.currency,
    sign: a.kind === 'addition' ? 1 : -1,
  };
}

function allocationWeights(items: GoodsItem[], basis: AllocationBasis): Dec[] {
  return items.map((item) => new Dec(basis === 'value' ? item.price : item.grossMassKg));
}

/** Values every item of the declaration. */
export function valueDeclaration(declaration: Declaration, options: ValuationOptions): DeclarationValue {
  const basis = options.allocation ?? 'value';
  const headerTrace: string[] = [];
  const costs = headerCosts(declaration, headerTrace);
  const weights = allocationWeights(declaration.items, basis);
  const shares = costs.map((cost) => allocate(cost.amount, weights, currencyDecimals(cost.currency)));
  const used = new Map<string, RateUsed>();
  const date = declaration.acceptanceDate;
  const negativeHeader = negativeHeaderAmounts(declaration);

  const items = declaration.items.map((item, index): ItemValue => {
    const components: Component[] = [
      {
        label: 'item price',
        amount: new Dec(item.price),
        currency: declaration.valuation.invoiceCurrency,
        sign: 1,
      },
      ...costs.map((cost, c) => ({
        ...cost,
        label: `${cost.label}, allocated by ${basis}`,
        amount: shares[c]?.[index] ?? new Dec(0),
      })),
      ...(item.adjustments ?? []).map(fromAdjustment),
    ];
    const trace = [...headerTrace];
    const problems: ItemProblem[] = [...negativeHeader, ...negativeItemAmounts(item, index)].map(
      ({ where, value }) => ({
        code: 'NEGATIVE_AMOUNT',
        message: `${where} is ${value}; amounts, quantities and masses are never below zero`,
      }),
    );
    let raw = new Dec(0);
    for (const component of components) {
      const converted = convertToBase(options.rates, component.amount, component.currency, date);
      if (!converted.ok) {
        problems.push({ code: 'NO_EXCHANGE_RATE', message: `${component.label}: ${converted.error}` });
        continue;
      }
      const { value, rate, explanation } = converted.value;
      if (rate !== null) used.set(`${rate.currency}|${rate.periodStart}`, { ...rate, date });
      raw = component.sign === 1 ? raw.add(value) : raw.sub(value);
      trace.push(
        `${component.sign === 1 ? '+' : '−'} ${component.label}: ${explanation} = ${value.toFixed()} ${options.currency}`,
      );
    }
    const rounded = roundByRule(raw, options.rounding);
    trace.push(
      `customs value ${raw.toFixed()} ${options.currency} → ${rounded.toFixed()} (${options.rounding.basis})`,
    );
    if (problems.length === 0 && raw.lessThan(0))
      problems.push({
        code: 'NEGATIVE_CUSTOMS_VALUE',
        message: `the customs value is ${raw.toFixed()} ${options.currency}: the deductions exceed the price and additions, and a value below zero is never a tax base`,
      });
    return { sequence: item.sequence, raw, rounded, trace, problems };
  });
  return { items, ratesUsed: [...used.values()] };
}
