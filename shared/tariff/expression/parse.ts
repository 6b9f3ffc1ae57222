import { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import { tableOf } from '../lookup';
import { preview } from '../preview';
import type { RateExpression, RateParseError } from '../types';
import { err, ok } from '../../util/result';
import type { Result } from '../../util/result';
import { Cursor, RateSyntaxError } from './cursor';
import { MAX_RATE_TEXT_LENGTH } from './limits';
import { normaliseRateText } from './normalise';
import { readPer } from './per';
import { knownRejection } from './reject';
import { complementRanges, isDay, monthNumber } from './seasonal';
import type { DayRange } from './seasonal';
import { tokenize } from './tokens';

export type ParseRateOptions = {
  /** Currency of a specific amount printed without one ("10/kg"); otherwise such a rate is rejected. */
  currency?: CurrencyCode;
  /**
   * The schedule prints ad valorem rates as bare numbers (the VKFTA and KCS tables: "40" is 40 %).
   * Off by default: in the EU CET column a bare "6.4 + 24.6 EUR/100 kg" is a printing slip.
   */
  bareNumberIsPercent?: boolean;
};

/**
 * Parses a rate as a tariff prints it. Every text either gives an expression or is rejected with a
 * named reason; nothing that is not understood becomes a zero. Text longer than
 * MAX_RATE_TEXT_LENGTH, before or after normalising, is refused unread.
 */
export function parseRateExpression(
  text: string,
  options: ParseRateOptions = {},
): Result<RateExpression, RateParseError> {
  if (text.length > MAX_RATE_TEXT_LENGTH) return tooLong(text);
  const normalised = normaliseRateText(text);
  // Compatibility forms can grow in NFKC ("ﷺ" is 18 characters), so the normalised text is bounded too.
  if (normalised.length > MAX_RATE_TEXT_LENGTH) return tooLong(text);
  if (normalised === '') return err({ reason: 'empty', message: 'no rate is printed', text });
  const known = knownRejection(normalised);
  if (known !== undefined) return err({ ...known, text });
  const lexed = tokenize(normalised);
  if (!lexed.ok) {
    if (/^\d+ \d+\/\d+/.test(normalised.slice(lexed.at))) {
      const message = 'a fraction with no finite decimal form ("33 1/3%"): it cannot be held exactly';
      return err({ reason: 'unsupported-form', message, text });
    }
    const found = normalised.slice(lexed.at, lexed.at + 8);
    const message = `cannot read ${preview(found)} in ${preview(normalised)}`;
    return err({ reason: 'malformed', message, text });
  }
  try {
    const cursor = new Cursor(lexed.tokens);
    const expression = readSeasonal(cursor, options);
    if (!cursor.atEnd()) cursor.fail('expected the end of the rate');
    return ok(expression);
  } catch (error) {
    if (error instanceof RateSyntaxError) return err({ reason: error.reason, message: error.message, text });
    throw error;
  }
}

const tooLong = (text: string): Result<never, RateParseError> =>
  err({
    reason: 'text-too-long',
    message: `the rate text is ${text.length} characters; a rate is at most ${MAX_RATE_TEXT_LENGTH}`,
    text,
  });

type Window = { expression: RateExpression; ranges?: DayRange[] };

/** Windows separated by commas, each with its dates in brackets; one may omit them (the rest of the year). */
function readSeasonal(cursor: Cursor, options: ParseRateOptions): RateExpression {
  const windows: Window[] = [];
  for (;;) {
    const expression = readAlternatives(cursor, options);
    windows.push(startsDateRanges(cursor) ? { expression, ranges: readRanges(cursor) } : { expression });
    if (!cursor.isSymbol(',')) break;
    cursor.next();
  }
  const [only] = windows;
  if (windows.length === 1 && only !== undefined && only.ranges === undefined) return only.expression;
  const undated = windows.filter((window) => window.ranges === undefined);
  if (undated.length === windows.length) cursor.fail('rates separated by commas without seasonal dates');
  if (undated.length > 1) cursor.fail('more than one seasonal window without dates');
  const dated = windows.flatMap((window) => window.ranges ?? []);
  const rest = complementRanges(dated);
  if (undated.length === 1 && rest.length === 0) {
    cursor.fail('a window without dates, but the dated windows cover the whole year');
  }
  return {
    kind: 'seasonal',
    windows: windows.map(({ expression, ranges }) => ({ ranges: ranges ?? rest, expression })),
  };
}

/** "(" followed by a day: seasonal dates, not a bracketed expression. */
function startsDateRanges(cursor: Cursor): boolean {
  const afterDay = cursor.peek(2);
  const monthFollows = afterDay?.type === 'word' && monthNumber(afterDay.value) !== undefined;
  return (
    cursor.isSymbol('(') && cursor.peek(1)?.type === 'number' && (cursor.isSymbol('-', 2) || monthFollows)
  );
}

function readRanges(cursor: Cursor): DayRange[] {
  cursor.expectSymbol('(', 'before seasonal dates');
  const ranges: DayRange[] = [];
  for (;;) {
    const fromDay = readDay(cursor);
    // "01-31 DEC": the first day borrows the month of the second.
    const fromMonth = cursor.isSymbol('-') ? undefined : readMonth(cursor);
    cursor.expectSymbol('-', 'between the dates of a seasonal window');
    const to = { day: readDay(cursor), month: readMonth(cursor) };
    ranges.push({ from: { month: fromMonth ?? to.month, day: fromDay }, to });
    if (!cursor.isSymbol(',')) break;
    cursor.next();
  }
  cursor.expectSymbol(')', 'after seasonal dates');
  return ranges;
}

function readDay(cursor: Cursor): number {
  const token = cursor.peek();
  const day =
    token?.type === 'number' && /^\d{1,2}$/.test(token.value) ? Number.parseInt(token.value, 10) : NaN;
  if (!isDay(day)) cursor.fail('expected a day of the month');
  cursor.next();
  return day;
}

function readMonth(cursor: Cursor): number {
  const token = cursor.peek();
  const month = token?.type === 'word' ? monthNumber(token.value) : undefined;
  if (month === undefined) cursor.fail('expected a month (JAN … DEC)');
  cursor.next();
  return month;
}

/** "A or B, whichever is the greater" and the Korean "A 또는 B" (the greater applies). */
function readAlternatives(cursor: Cursor, options: ParseRateOptions): RateExpression {
  const options_: RateExpression[] = [readBounded(cursor, options)];
  let korean = false;
  while (cursor.isWord(['or', '또는'])) {
    korean ||= cursor.expectWord(['or', '또는'], '') === '또는';
    options_.push(readBounded(cursor, options));
  }
  const [first] = options_;
  if (options_.length === 1 && first !== undefined) return first;
  const whichever = cursor.isWord(['whichever']) || (cursor.isSymbol(',') && cursor.isWord(['whichever'], 1));
  if (whichever) {
    if (cursor.isSymbol(',')) cursor.next();
    cursor.expectWord(['whichever'], 'after the alternatives');
    cursor.expectWord(['is'], 'in "whichever is the …"');
    cursor.expectWord(['the'], 'in "whichever is the …"');
    const which = cursor.expectWord(['greater', 'higher', 'lesser', 'lower'], 'in "whichever is the …"');
    const kind = which === 'greater' || which === 'higher' ? 'greater-of' : 'lesser-of';
    return { kind, options: options_ };
  }
  if (korean) return { kind: 'greater-of', options: options_ };
  return cursor.fail(
    'alternatives without "whichever is the greater/lesser": which applies is not printed',
    'unsupported-form',
  );
}

/** A rate with its MIN and MAX clauses, in either order. */
function readBounded(cursor: Cursor, options: ParseRateOptions): RateExpression {
  const base = readSum(cursor, options);
  let min: RateExpression | undefined;
  let max: RateExpression | undefined;
  while (cursor.isWord(['min', 'max'])) {
    const clause = cursor.expectWord(['min', 'max'], '');
    if ((clause === 'min' ? min : max) !== undefined) cursor.fail(`a second ${clause.toUpperCase()} clause`);
    const bound = readSum(cursor, options);
    if (clause === 'min') min = bound;
    else max = bound;
  }
  if (min === undefined && max === undefined) return base;
  return {
    kind: 'bounded',
    base,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

/** Terms joined by "+" and "-": "10% + 77 GBP/100kg", "… - 5 EUR/100 kg". */
function readSum(cursor: Cursor, options: ParseRateOptions): RateExpression {
  const terms: Array<{ sign: 1 | -1; expression: RateExpression }> = [];
  let sign: 1 | -1 = 1;
  if (cursor.isSymbol('-')) {
    cursor.next();
    sign = -1;
  }
  terms.push({ sign, expression: readTerm(cursor, options) });
  while (cursor.isSymbol('+') || cursor.isSymbol('-')) {
    sign = cursor.isSymbol('-') ? -1 : 1;
    cursor.next();
    terms.push({ sign, expression: readTerm(cursor, options) });
  }
  const [first] = terms;
  if (terms.length === 1 && first !== undefined && first.sign === 1) return first.expression;
  return { kind: 'sum', terms };
}

const PREFIX_CURRENCY: ReadonlyMap<string, CurrencyCode> = tableOf({
  '€': CurrencyCode.parse('EUR'),
  '£': CurrencyCode.parse('GBP'),
  $: CurrencyCode.parse('USD'),
});

/** "2%", "Free", "77 GBP/100kg", "€1.6/100kg/net", "$1.13/m2", "4.4¢/kg", "43¢ each", or a bracketed rate. */
function readTerm(cursor: Cursor, options: ParseRateOptions): RateExpression {
  if (cursor.isSymbol('(')) {
    cursor.next();
    cursor.enterBracket();
    const inner = readSeasonal(cursor, options);
    cursor.expectSymbol(')', 'to close the bracket');
    cursor.leaveBracket();
    return inner;
  }
  if (cursor.isWord(['free'])) {
    cursor.next();
    return { kind: 'free' };
  }
  const prefix = cursor.peek();
  let currency = prefix?.type === 'symbol' ? PREFIX_CURRENCY.get(prefix.value) : undefined;
  if (currency !== undefined) cursor.next();
  const number = cursor.peek();
  if (number?.type !== 'number') return cursor.fail('expected a rate');
  cursor.next();
  let amount = new Dec(number.value);
  if (cursor.isSymbol('%')) {
    if (currency !== undefined) cursor.fail('a currency before a percentage');
    cursor.next();
    return { kind: 'ad-valorem', percent: amount.toFixed() };
  }
  if (currency === undefined) {
    const suffix = readSuffixCurrency(cursor);
    if (suffix !== undefined) [currency, amount] = [suffix.currency, amount.times(suffix.factor)];
  }
  if (currency === undefined && !cursor.isSymbol('/')) {
    if (options.bareNumberIsPercent === true) return { kind: 'ad-valorem', percent: amount.toFixed() };
    cursor.fail('a bare number with neither "%" nor a currency and unit', 'unsupported-form');
  }
  currency ??= options.currency ?? cursor.fail('a specific amount without a currency', 'unsupported-form');
  if (cursor.isWord(['each'])) {
    cursor.next();
    return { kind: 'specific', amount: amount.toFixed(), currency, per: { quantity: '1', unit: 'NAR' } };
  }
  if (!cursor.isSymbol('/')) cursor.fail('an amount without a unit ("/ kg", "each")', 'unsupported-form');
  cursor.next();
  return { kind: 'specific', amount: amount.toFixed(), currency, per: readPer(cursor) };
}

const EXCLUDED_CODES = new Set(['MIN', 'MAX']);

/** "EUR", "GBP", "KRW", "€", "£", or "¢" (US cents: a hundredth of a dollar). */
function readSuffixCurrency(cursor: Cursor): { currency: CurrencyCode; factor: string } | undefined {
  const token = cursor.peek();
  if (token?.type === 'symbol' && token.value === '¢') {
    cursor.next();
    return { currency: CurrencyCode.parse('USD'), factor: '0.01' };
  }
  if (token?.type === 'symbol') {
    const currency = PREFIX_CURRENCY.get(token.value);
    if (currency !== undefined) cursor.next();
    return currency === undefined ? undefined : { currency, factor: '1' };
  }
  if (token?.type === 'word' && /^[A-Z]{3}$/.test(token.value) && !EXCLUDED_CODES.has(token.value)) {
    cursor.next();
    return { currency: CurrencyCode.parse(token.value), factor: '1' };
  }
  return undefined;
}
