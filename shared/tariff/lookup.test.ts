import { describe, expect, it } from 'vitest';
import { tableOf } from './lookup';

describe('tableOf', () => {
  it('finds its own entries and nothing an object inherits', () => {
    const table = tableOf({ kg: 'KGM' });
    expect(
      ['kg', 'constructor', '__proto__', 'toString', 'hasOwnProperty'].map((key) => table.get(key)),
    ).toEqual(['KGM', undefined, undefined, undefined, undefined]);
  });
});
