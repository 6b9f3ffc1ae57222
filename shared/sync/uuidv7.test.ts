import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionId } from '../domain/decision';
import type { DecisionId as DecisionIdType } from '../domain/decision';
import { seededRandom } from './random';
import { mintDecisionId, uuidV7Parts } from './uuidv7';

function mintMany(clockReadings: readonly number[], seed: number): DecisionIdType[] {
  const random = seededRandom(seed);
  const ids: DecisionIdType[] = [];
  for (const now of clockReadings) ids.push(mintDecisionId(ids.at(-1) ?? null, now, random));
  return ids;
}

describe('UUIDv7 decision ids', () => {
  it('carry the version 7 and variant bits and the clock millisecond', () => {
    const id = mintDecisionId(null, Date.UTC(2026, 0, 5, 9, 30), seededRandom(1));
    expect(DecisionId.safeParse(id).success && uuidV7Parts(id).ms).toBe(Date.UTC(2026, 0, 5, 9, 30));
  });

  it('strictly increase within one millisecond, past the 12-bit counter', () => {
    const ids = mintMany(
      Array.from({ length: 5000 }, () => 1_767_600_000_000),
      7,
    );
    const sorted = [...ids].sort();
    expect(new Set(ids).size === ids.length && sorted.every((id, i) => id === ids[i])).toBe(true);
  });

  it('strictly increase whatever the clock does, even with a repeated seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 47 }), { minLength: 1, maxLength: 50 }),
        (readings) => {
          const ids = mintMany(readings, 0);
          return ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? ''));
        },
      ),
    );
  });
});
