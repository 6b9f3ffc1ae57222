import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { tableOf } from '../lookup';
import { parseCsv, readCsv } from './csv';

const spec = { file: 'f.csv', required: ['a'], aliases: tableOf({ alpha: 'a' }) };

describe('readCsv', () => {
  it('renames an aliased column and reads a header named like an Object property as itself', () => {
    const result = readCsv('alpha,constructor,__proto__\n1,2,3\n', { ...spec, optional: ['constructor'] });
    expect(result).toEqual({ ok: true, value: [{ line: 2, cells: { a: '1', constructor: '2' } }] });
  });

  it('cuts a syntax error that quotes a whole field to a short message on one line', () => {
    const result = readCsv(`a\n${'y'.repeat(100_000)}"z\n`, spec);
    const message = result.ok ? '' : result.error.message;
    expect([result.ok || result.error.code, message.length < 300, message]).toEqual([
      'CSV_SYNTAX',
      true,
      expect.stringMatching(/^f\.csv is not valid CSV: Invalid Opening Quote: .*… \(\d+ characters\)$/),
    ]);
  });

  it('shows a long header in a preview when a column is missing', () => {
    const result = readCsv(`${'b'.repeat(5_000)}\n1\n`, spec);
    expect(result.ok ? '' : result.error.message).toBe(
      `f.csv lacks the column(s) a; its header is: "${'b'.repeat(80)}…" (5000 characters)`,
    );
  });
});

describe('parseCsv', () => {
  it('echoes a 4 MB bad cell as a preview', () => {
    const cell = 'x'.repeat(4_000_000);
    const result = parseCsv(`a\n${cell}\n`, spec, z.object({ a: z.string().regex(/^\d+$/, 'digits') }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_FIELD',
        message: `f.csv line 2, column a: digits (got "${'x'.repeat(80)}…" (4000000 characters))`,
        where: 'f.csv line 2, column a',
      },
    });
  });
});
