import { describe, expect, it } from 'vitest';
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
