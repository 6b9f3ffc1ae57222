/** A lexical piece of a normalised rate. Numbers carry their plain decimal value. */
import { Dec } from '../decimal';

const SYMBOLS = ['%', '+', '-', '/', '(', ')', ',', '€', '£', '$', '¢'] as const;
type SymbolChar = (typeof SYMBOLS)[number];
const isSymbol = (ch: string): ch is SymbolChar => (SYMBOLS as readonly string[]).includes(ch);

/** A lexical piece of a normalised rate. Numbers carry their plain decimal value. */
export type Token =
  | { type: 'number'; value: string; text: string }
  | { type: 'symbol'; value: SymbolChar }
  | { type: 'word'; value: string };

// The patterns are sticky (matched at `lastIndex`, never searched for) and without nested
// quantifiers; a digit run is read once wherever it starts, so tokenizing stays linear.
// Thousands separators are only commas followed by exactly three digits and no space, so
// "1,000 items" is one number and "(1 JAN-31 MAR, 1 DEC-31 DEC)" stays two ranges.
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+/y;
// "37 1/2%" (HTS column 2): a whole number and a fraction before a percent sign.
const MIXED_FRACTION = /(\d+) (\d+)\/(\d+)(?= ?%)/y;
// Words keep their dots ("pr.", "doz.", "sacchar.", "pf.") so abbreviations match the unit table.
// and their digits ("m2", "m3" once NFKC has folded the superscripts). An underscore is a word
// character too, so "__proto__" is read as a word and refused as an unknown unit by name.
const WORD = /[A-Za-z_\u00C0-\u024F\uAC00-\uD7A3][A-Za-z0-9_\u00C0-\u024F\uAC00-\uD7A3.]*/y;

const matchAt = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

/** Splits normalised text into tokens, or says at which character it could not. */
export function tokenize(text: string): { ok: true; tokens: Token[] } | { ok: false; at: number } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ') {
      i += 1;
      continue;
    }
    const fraction = matchAt(MIXED_FRACTION, text, i);
    if (fraction !== null) {
      const [whole, int = '', numerator = '', denominator = ''] = fraction;
      const value = terminatingFraction(int, numerator, denominator);
      if (value === undefined) return { ok: false, at: i };
      tokens.push({ type: 'number', value, text: whole });
      i += whole.length;
      continue;
    }
    const number = matchAt(NUMBER, text, i);
    if (number !== null) {
      tokens.push({ type: 'number', value: number[0].replace(/,/g, ''), text: number[0] });
      i += number[0].length;
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word !== null) {
      tokens.push({ type: 'word', value: word[0] });
      i += word[0].length;
      continue;
    }
    if (isSymbol(ch)) {
      tokens.push({ type: 'symbol', value: ch });
      i += 1;
      continue;
    }
    return { ok: false, at: i };
  }
  return { ok: true, tokens };
}

/** "37 1/2" as "37.5"; undefined when the fraction has no finite decimal form (thirds, sevenths). */
function terminatingFraction(int: string, numerator: string, denominator: string): string | undefined {
  let d = Number.parseInt(denominator, 10);
  if (d === 0) return undefined;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  if (d !== 1) return undefined;
  return new Dec(int).plus(new Dec(numerator).div(denominator)).toFixed();
}
