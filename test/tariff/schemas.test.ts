import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationJsonSchema, importProjectDeclaration } from '../../shared/declarations';
import { nationalTaxRatesJsonSchema } from '../../shared/tariff/national-rates/schema';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('docs/declaration.schema.json', () => {
  it('equals the schema generated from the zod Declaration (regenerate with test/tariff/write-schemas.ts)', () => {
    // Compared as data, so prettier may format the file.
    expect(JSON.parse(read('../../docs/declaration.schema.json'))).toEqual(declarationJsonSchema());
  });
});

describe('docs/national-tax-rates.schema.json', () => {
  it('equals the schema generated from the zod NationalTaxRatesFile (regenerate with test/tariff/write-schemas.ts)', () => {
    expect(JSON.parse(read('../../docs/national-tax-rates.schema.json'))).toEqual(
      nationalTaxRatesJsonSchema(),
    );
  });
});

describe('the Korean fixture in the project JSON format', () => {
  it('imports', () => {
    const result = importProjectDeclaration(read('./fixtures/kr-busan-cod-coffee.declaration.json'));
    expect(
      result.ok && result.value.items.map((item) => [item.hsCode, item.preference?.agreement ?? null]),
    ).toEqual([
      ['0303630000', 'FVN1'],
      ['0901110000', null],
    ]);
  });
});
