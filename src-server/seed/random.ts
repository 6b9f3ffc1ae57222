/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) for demo data. Deterministic across
 * platforms and Node versions, which Math.random is not; and each declaration gets its own
 * stream derived from (seed, index), so declaration N is the same whatever the total count.
 */

/** splitmix32 step: spreads close inputs (seed 1, 2, 3…) over the whole 32-bit space. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Mixes integers into one 32-bit seed; used to derive per-declaration streams. */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x2545f491;
  for (const part of parts) {
    h = splitmix32(h ^ (part >>> 0));
    // Parts beyond 32 bits (an index above 4 billion) still contribute their high word.
    h = splitmix32(h ^ Math.floor(part / 0x100000000));
  }
  return h;
}

export type WeightedChoice<T> = readonly [value: T, weight: number];

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = splitmix32(seed);
    this.b = splitmix32(this.a);
    this.c = splitmix32(this.b);
    this.d = splitmix32(this.c);
    // sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The next 32-bit unsigned integer (sfc32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1): for choices and shapes only, never for money. */
  float(): number {
    return this.nextUint32() / 0x100000000;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}) needs integer bounds with min <= max`);
    }
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.float() * values.length)];
    if (value === undefined) throw new RangeError('pick() from an empty list');
    return value;
  }

  weighted<T>(choices: readonly WeightedChoice<T>[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.float() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new RangeError('weighted() from an empty list');
    return last[0];
  }

  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return out;
  }

  letters(length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(this.int(0, alphabet.length - 1));
    return out;
  }
}
