import { describe, expect, it } from 'vitest';
import type { TariffLine } from '../types';
import { createTariffIndex } from './tariff-index';

const line = (code: string): TariffLine => ({ code, description: code, measures: [] });
const index = createTariffIndex({
  jurisdiction: 'uk',
  version: 'test',
  lines: [line('03019190'), line('0301919011'), line('8517130000'), line('851810')],
});

describe('createTariffIndex', () => {
  it('prefers the exact line, then the zero-extended one, then the longest prefix', () => {
    expect(index.findLine('0301919011')).toMatchObject({
      line: { code: '0301919011' },
      matchedLength: 10,
      how: 'exact',
    });
    expect(index.findLine('0301919019')).toMatchObject({
      line: { code: '03019190' },
      matchedLength: 8,
      how: 'prefix',
    });
    expect(index.findLine('85171300')).toMatchObject({
      line: { code: '8517130000' },
      matchedLength: 8,
      how: 'zero-extended',
    });
    expect(index.findLine('8518109000')).toMatchObject({
      line: { code: '851810' },
      matchedLength: 6,
      how: 'prefix',
    });
    expect(index.findLine('8517.13.00.00')).toMatchObject({ how: 'exact' });
  });

  it('finds nothing for an unknown or malformed code', () => {
    expect(index.findLine('8517140000')).toBeNull();
    expect(index.findLine('abc')).toBeNull();
  });
});
