import { describe, expect, it } from 'vitest';
import { Random, mixSeed } from './random';

const take = (random: Random, n: number): number[] => Array.from({ length: n }, () => random.nextUint32());

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(new Random(42), 20)).toEqual(take(new Random(42), 20));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(take(new Random(1), 5)).not.toEqual(take(new Random(2), 5));
  });

  it('keeps its output stable across versions (golden values)', () => {
    expect(take(new Random(1), 3)).toMatchInlineSnapshot(`
      [
        1422497811,
        2365969376,
        3353355597,
      ]
    `);
  });

  it('keeps int() within bounds and reaches both ends', () => {
    const random = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = random.int(3, 8);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(8);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('follows weights roughly', () => {
    const random = new Random(11);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        random.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });

  it('derives distinct per-index streams from one seed', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, i)));
    expect(seeds.size).toBe(10_000);
    expect(mixSeed(1, 5)).toBe(mixSeed(1, 5));
  });

  it('rejects impossible ranges and empty choices', () => {
    const random = new Random(1);
    expect(() => random.int(5, 4)).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
