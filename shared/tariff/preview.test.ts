import { describe, expect, it } from 'vitest';
import { PREVIEW_LENGTH, preview } from './preview';

describe('preview', () => {
  it('quotes a short value whole', () => expect(preview('IMX')).toBe('"IMX"'));

  it('shows the first characters of a long value and how long it was', () =>
    expect(preview('7'.repeat(4_000_000))).toBe(`"${'7'.repeat(PREVIEW_LENGTH)}…" (4000000 characters)`));

  it('keeps a message on one line by escaping line breaks and quotes', () =>
    expect(preview('a\n"b"\r\nc')).toBe('"a\\n\\"b\\"\\r\\nc"'));

  it('does not cut a surrogate pair in half', () => {
    const value = `${'x'.repeat(PREVIEW_LENGTH - 1)}😀${'y'.repeat(10)}`;
    expect(preview(value)).toBe(`"${'x'.repeat(PREVIEW_LENGTH - 1)}…" (${value.length} characters)`);
  });
});
