import type { Result } from '@shared/util/result';

/** Parses a whole-number command-line option within bounds, naming the option in the error. */
export function integerOption(raw: string, name: string, min: number, max: number): Result<number, string> {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    return { ok: false, error: `--${name} must be an integer from ${min} to ${max}, got "${raw}"` };
  }
  return { ok: true, value };
}
