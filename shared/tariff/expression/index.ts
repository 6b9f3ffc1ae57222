// Rate expressions as printed: parse, print, evaluate, describe. The engine and the importers use
// only what is exported here.
export { parseRateExpression } from './parse';
export type { ParseRateOptions } from './parse';
export { printRateExpression } from './print';
export { describeRate } from './describe';
export { evaluateRateExpression } from './evaluate';
export type { Convert, Evaluation } from './evaluate';
export { conversionFactor, KNOWN_UNITS, QUALIFIER_TOKENS, UNIT_TOKENS } from './units';
