/** A source of uniform numbers in [0, 1). Injected so the sync core is deterministic under test. */
export type Random = { next(): number };

/**
 * mulberry32: small, fast and good enough for jitter and test ids. The shell passes a
 * crypto-backed Random instead; uniqueness of ids does not rest on it (see uuidv7.ts).
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** A uniform integer in [0, 2^bits), bits ≤ 32. */
export function randomBits(random: Random, bits: number): number {
  return Math.floor(random.next() * 2 ** bits);
}
