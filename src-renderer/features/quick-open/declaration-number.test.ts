import { describe, expect, it } from 'vitest';
import { compactNumber, numberSpellings } from './declaration-number';

describe('declaration numbers', () => {
  it('compares numbers without spaces, dashes or case', () => {
    expect(
      [
        '12345-26-0000001',
        ' 12345 26 0000001 ',
        '１２３４５－２６－００００００１',
        '26gbdemo00000001j5',
      ].map(compactNumber),
    ).toEqual(['12345260000001', '12345260000001', '12345260000001', '26GBDEMO00000001J5']);
  });

  it('tries a Korean number typed without dashes in its printed form too', () => {
    expect(numberSpellings('12345260000001')).toEqual(['12345260000001', '12345-26-0000001']);
  });

  it('tries a UK MRN as typed and upper case', () => {
    expect(numberSpellings(' 26gbdemo00000001j5')).toEqual(['26GBDEMO00000001J5']);
  });

  it('has nothing to try for blank input', () => {
    expect(numberSpellings('  - ')).toEqual([]);
  });
});
