import type { TariffLine, TariffSchedule } from '../types';

/** How a declared code found its tariff line. */
export type LineMatch = {
  line: TariffLine;
  /** Digits of the line's code that the declared code agrees with (10, 8 or 6). */
  matchedLength: number;
  /**
   * exact: same code; prefix: the line is a shorter code the declared one starts with (10 → 8 → 6);
   * zero-extended: the declared code is shorter and the line is that code followed by zeros
   * (a declared 8-digit 85171300 finds the 10-digit line 8517130000).
   */
  how: 'exact' | 'prefix' | 'zero-extended';
};

export type TariffIndex = {
  findLine(code: string): LineMatch | null;
  readonly size: number;
};

const PREFIX_LENGTHS = [10, 8, 6] as const;

/**
 * A lookup over a schedule's lines, built once per schedule. `findLine` takes the declared code
 * (digits; dots and spaces are ignored) and returns the most specific line: the code itself, else
 * the code with trailing zeros up to 10 digits, else its 8- then 6-digit prefix.
 */
export function createTariffIndex(schedule: TariffSchedule): TariffIndex {
  const byCode = new Map<string, TariffLine>();
  for (const line of schedule.lines) byCode.set(line.code, line);

  function findLine(declared: string): LineMatch | null {
    const code = declared.replace(/[.\s-]/g, '');
    if (!/^\d{2,10}$/.test(code)) return null;
    const exact = byCode.get(code);
    if (exact) return { line: exact, matchedLength: code.length, how: 'exact' };
    for (const length of PREFIX_LENGTHS) {
      if (length <= code.length) continue;
      const extended = byCode.get(code.padEnd(length, '0'));
      if (extended) return { line: extended, matchedLength: code.length, how: 'zero-extended' };
    }
    for (const length of PREFIX_LENGTHS) {
      if (length >= code.length) continue;
      const prefix = byCode.get(code.slice(0, length));
      if (prefix) return { line: prefix, matchedLength: length, how: 'prefix' };
    }
    return null;
  }

  return { findLine, size: byCode.size };
}
