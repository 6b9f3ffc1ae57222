import { describe, expect, it } from 'vitest';
import { rowRange } from './use-row-range';

describe('the rows a scrolled list shows', () => {
  it('are those under the scroll offset, with overscan either side, kept inside the list', () => {
    expect([
      rowRange(0, 370, 100_000, 37, 10),
      rowRange(37 * 5000 + 20, 370, 100_000, 37, 10),
      rowRange(37 * 99_995, 370, 100_000, 37, 10),
      rowRange(0, 370, 3, 37, 10),
    ]).toEqual([
      { start: 0, end: 21 },
      { start: 4990, end: 5021 },
      { start: 99_985, end: 100_000 },
      { start: 0, end: 3 },
    ]);
  });
});
