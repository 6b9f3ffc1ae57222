import { describe, expect, it } from 'vitest';
import { declarationOf } from '../../tariff/engine/test-support';
import { importProjectDeclaration } from './import';
import { declarationJsonSchema } from './schema';

describe('importProjectDeclaration', () => {
  it('turns a JSON syntax error into JSON_MALFORMED', () => {
    const result = importProjectDeclaration('{"id":');
    expect(result.ok ? null : result.error.code).toBe('JSON_MALFORMED');
  });

  it('names the path of the first schema problem and counts the rest', () => {
    const result = importProjectDeclaration('{"id": 1}');
    expect(result.ok ? null : result.error).toMatchObject({ code: 'DECLARATION_INVALID', where: 'id' });
    expect(result.ok ? '' : result.error.message).toMatch(/^id: .*\(and \d+ more: reference, postId/);
  });

  it('refuses a price of -1000 with AMOUNT_NEGATIVE instead of assessing it', () => {
    const declaration = declarationOf({ items: [{ hsCode: '8510900000', price: '-1000' }] });
    const result = importProjectDeclaration(JSON.stringify(declaration));
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'AMOUNT_NEGATIVE',
      where: 'items[0].price',
    });
  });

  it('cuts a JSON syntax message to a one-line preview', () => {
    const result = importProjectDeclaration(`{"id": ${'x'.repeat(1_000_000)}}`);
    expect(result.ok ? null : result.error.message).toMatch(/^The file is not valid JSON: .{1,200}$/);
  });

  it('refuses a file over maxBytes', () => {
    const result = importProjectDeclaration('{}', { maxBytes: 1 });
    expect(result.ok ? null : result.error.code).toBe('JSON_TOO_LARGE');
  });
});

describe('declarationJsonSchema', () => {
  it('is a draft 2020-12 schema that requires the declaration fields', () => {
    const schema = declarationJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'items', 'valuation', 'acceptanceDate']));
  });
});
