export { allocate, currencyDecimals } from './allocation';
export { adjustmentLabel } from './adjustments';
export { convertToBase, officialRateOn, periodContaining, type Conversion, type RateUsed } from './exchange';
export { incotermCosts, type IncotermCosts } from './incoterms';
export {
  valueDeclaration,
  type AllocationBasis,
  type DeclarationValue,
  type ItemValue,
  type ValuationOptions,
} from './customs-value';
export { negativeAmounts, negativeHeaderAmounts, negativeItemAmounts, type NegativeAmount } from './amounts';
