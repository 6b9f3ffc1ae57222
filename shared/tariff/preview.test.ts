import { describe, expect, it } from 'vitest';
import { MESSAGE_PREVIEW_LENGTH, PREVIEW_LENGTH, preview, previewMessage } from './preview';

describe('preview', () => {
  it('quotes a short value whole', () => expect(preview('IMX')).toBe('"IMX"'));

  it('shows the first characters of a long value and how long it was', () =>
    expect(preview('7'.repeat(4_000_000))).toBe(`"${'7'.repeat(PREVIEW_LENGTH)}…" (4000000 characters)`));

  it('keeps a message on one line by escaping line breaks, separators and quotes', () =>
    expect(preview('a\n"b"\r\nc\u2028d')).toBe('"a\\n\\"b\\"\\r\\nc\\u2028d"'));

  it('does not cut a surrogate pair in half', () => {
    const value = `${'x'.repeat(PREVIEW_LENGTH - 1)}😀${'y'.repeat(10)}`;
    expect(preview(value)).toBe(`"${'x'.repeat(PREVIEW_LENGTH - 1)}…" (${value.length} characters)`);
  });
});

describe('previewMessage', () => {
  it('keeps a short library message as written', () =>
    expect(previewMessage('Invalid Closing Quote: got "y" at line 2')).toBe(
      'Invalid Closing Quote: got "y" at line 2',
    ));

  it('cuts a message that quotes a whole field and escapes its line breaks', () => {
    const message = `value is "${'y\n'.repeat(50_000)}"`;
    const head = message.slice(0, MESSAGE_PREVIEW_LENGTH).replaceAll('\n', '\\u000a');
    expect(previewMessage(message)).toBe(`${head}… (${message.length} characters)`);
  });
});
