import { describe, expect, it } from 'vitest';
import { moveSelection } from './table-keys';

describe('moving the worklist’s selected row', () => {
  it('goes one row with the arrows and j/k, a page with PageUp/PageDown, to the ends with Home/End', () => {
    const keys = ['ArrowDown', 'j', 'ArrowUp', 'k', 'PageDown', 'PageUp', 'Home', 'End', 'x'];
    expect(keys.map((key) => moveSelection(key, 5, 100, 10))).toEqual([6, 6, 4, 4, 15, 0, 0, 99, null]);
  });

  it('stays inside the list, and does nothing in an empty one', () => {
    expect([
      moveSelection('ArrowUp', 0, 3, 10),
      moveSelection('j', 2, 3, 10),
      moveSelection('PageDown', 1, 3, 10),
      moveSelection('End', 0, 0, 10),
    ]).toEqual([0, 2, 2, null]);
  });
});
