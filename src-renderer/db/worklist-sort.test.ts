import { describe, expect, it } from 'vitest';
import { mergeSorted, sortInSlices } from './worklist-sort';

describe('sorting slots in slices', () => {
  it('gives the order a single sort gives, pausing between slices', async () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 1009);
    const compare = (a: number, b: number) => (keys[a] as number) - (keys[b] as number) || a - b;
    const slots = Uint32Array.from(keys.keys());
    let pauses = 0;
    const sorted = await sortInSlices(slots, compare, async () => void pauses++, 0);
    expect({ same: Array.from(sorted), paused: pauses > 1 }).toEqual({
      same: Array.from(slots.slice().sort(compare)),
      paused: true,
    });
  });

  it('merges two sorted lists into one', () => {
    const compare = (a: number, b: number) => a - b;
    expect(Array.from(mergeSorted(Uint32Array.of(1, 4, 9), Uint32Array.of(2, 3, 10, 11), compare))).toEqual([
      1, 2, 3, 4, 9, 10, 11,
    ]);
  });
});
