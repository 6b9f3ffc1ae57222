import { Dec } from '../decimal';
import { preview } from '../preview';
import type { QuantityQualifier, RateExpression, UnitCode } from '../types';
import { RateSyntaxError, tokenText } from './cursor';
import type { Cursor } from './cursor';
import type { Token } from './tokens';
import { QUALIFIER_TOKENS, UNIT_TOKENS } from './units';

export type Per = Extract<RateExpression, { kind: 'specific' }>['per'];

/** Words that end the "per …" part of a specific rate: the grammar's own keywords. */
const STOP_WORDS = ['min', 'max', 'or', '또는', 'whichever'];

/**
 * Reads what follows the "/" of a specific rate: segments separated by "/", one naming the unit
 * (optionally with a quantity: "100 kg", "1,000 items") and the others qualifiers ("net drained
 * wt", "% vol", "lactic matter"), in whatever order the schedule prints them.
 */
export function readPer(cursor: Cursor): Per {
  const segments: Token[][] = [[]];
  while (!cursor.atEnd()) {
    const token = cursor.peek();
    if (token === undefined) break;
    if (token.type === 'symbol' && ['+', '-', '(', ')', ','].includes(token.value)) break;
    if (token.type === 'word' && STOP_WORDS.includes(token.value.toLowerCase())) break;
    cursor.next();
    if (token.type === 'symbol' && token.value === '/') segments.push([]);
    else segments[segments.length - 1]?.push(token);
  }
  return interpretSegments(segments);
}

const joinTokens = (tokens: readonly Token[]): string =>
  tokens
    .map(tokenText)
    .join(' ')
    .replace(/ %/g, '%')
    .replace(/%(?=[A-Za-z])/, '% ')
    .toLowerCase();

function interpretSegments(segments: Token[][]): Per {
  let unit: UnitCode | undefined;
  let quantity = '1';
  const qualifiers: QuantityQualifier[] = [];
  for (const segment of segments) {
    if (segment.length === 0) throw new RateSyntaxError('malformed', 'an empty unit between "/"');
    const [first, ...rest] = segment;
    const leadingNumber = first?.type === 'number' ? first.value : undefined;
    const words = leadingNumber === undefined ? segment : rest;
    if (leadingNumber !== undefined && words.length === 0) {
      // HTS prints "89.6¢/1000" for 1000 articles (its unit of quantity column says "No.").
      if (unit !== undefined)
        throw new RateSyntaxError('malformed', `a second unit ${preview(leadingNumber)}`);
      [unit, quantity] = ['NAR', leadingNumber];
      continue;
    }
    const asUnit = unit === undefined ? unitPrefix(words) : undefined;
    if (asUnit !== undefined) {
      unit = asUnit.unit;
      if (leadingNumber !== undefined) quantity = leadingNumber;
      if (asUnit.rest.length > 0) qualifiers.push(qualifierOf(asUnit.rest));
      continue;
    }
    if (leadingNumber !== undefined) {
      throw new RateSyntaxError('unknown-unit', `unknown unit ${preview(joinTokens(words))}`);
    }
    qualifiers.push(qualifierOf(words));
  }
  if (unit === undefined) {
    const per = `/${segments.map(joinTokens).join('/')}`;
    throw new RateSyntaxError('unknown-unit', `no unit in ${preview(per)}`);
  }
  const perQuantity = new Dec(quantity);
  if (perQuantity.isZero()) throw new RateSyntaxError('malformed', 'a rate per zero units');
  const qualifier = combineQualifiers(qualifiers);
  return qualifier === undefined
    ? { quantity: perQuantity.toFixed(), unit }
    : { quantity: perQuantity.toFixed(), unit, qualifier };
}

/** The longest run of leading words that names a unit ("pf. liter" before "pf."), and what follows it. */
function unitPrefix(words: readonly Token[]): { unit: UnitCode; rest: Token[] } | undefined {
  for (let length = words.length; length > 0; length -= 1) {
    const unit = UNIT_TOKENS.get(joinTokens(words.slice(0, length)));
    if (unit !== undefined) return { unit, rest: words.slice(length) };
  }
  return undefined;
}

function qualifierOf(words: readonly Token[]): QuantityQualifier {
  const text = joinTokens(words);
  const qualifier = QUALIFIER_TOKENS.get(text);
  if (qualifier === undefined)
    throw new RateSyntaxError('unknown-unit', `unknown unit or qualifier ${preview(text)}`);
  return qualifier;
}

/** "/ net / % sacchar." is one measure (per % of sucrose in the net mass); other pairs are not read. */
function combineQualifiers(qualifiers: QuantityQualifier[]): QuantityQualifier | undefined {
  const distinct = [...new Set(qualifiers)];
  if (distinct.length <= 1) return distinct[0];
  if (distinct.length === 2 && distinct.includes('net') && distinct.includes('sugar-content')) {
    return 'sugar-content';
  }
  throw new RateSyntaxError('unsupported-form', `more than one quantity qualifier (${distinct.join(', ')})`);
}
