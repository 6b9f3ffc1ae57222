import { preview } from '../preview';
import type { RateRejectionReason } from '../types';
import { MAX_RATE_NESTING } from './limits';
import type { Token } from './tokens';

/**
 * Thrown inside the recursive-descent parser only, and caught at its entry point
 * (`parseRateExpression`), which returns it as a Result: unwinding a deep grammar by exception
 * keeps every rule a few lines long.
 */
export class RateSyntaxError extends Error {
  constructor(
    readonly reason: RateRejectionReason,
    message: string,
  ) {
    super(message);
  }
}

/** Reads tokens left to right; words compare case-insensitively. */
export class Cursor {
  private position = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  next(): Token | undefined {
    const token = this.tokens[this.position];
    this.position += 1;
    return token;
  }

  atEnd(): boolean {
    return this.position >= this.tokens.length;
  }

  isSymbol(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === 'symbol' && token.value === value;
  }

  isWord(words: readonly string[], offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === 'word' && words.includes(token.value.toLowerCase());
  }

  expectSymbol(value: string, context: string): void {
    if (!this.isSymbol(value)) this.fail(`expected "${value}" ${context}`);
    this.position += 1;
  }

  expectWord(words: readonly string[], context: string): string {
    const token = this.peek();
    if (token?.type !== 'word' || !words.includes(token.value.toLowerCase())) {
      this.fail(`expected ${words.map((w) => `"${w}"`).join(' or ')} ${context}`);
    }
    this.position += 1;
    return token.value.toLowerCase();
  }

  /** Around a bracketed rate: the grammar recurses there, so the depth is bounded before the stack is. */
  enterBracket(): void {
    this.depth += 1;
    if (this.depth > MAX_RATE_NESTING)
      this.fail(`brackets nested deeper than ${MAX_RATE_NESTING} levels`, 'nesting-too-deep');
  }

  leaveBracket(): void {
    this.depth -= 1;
  }

  /** A malformed rate: names what was found where, so the message points at the problem. */
  fail(message: string, reason: RateRejectionReason = 'malformed'): never {
    const token = this.peek();
    const found = token === undefined ? 'the end' : preview(tokenText(token));
    throw new RateSyntaxError(reason, `${message}, found ${found}`);
  }
}

export const tokenText = (token: Token): string => (token.type === 'number' ? token.text : token.value);
