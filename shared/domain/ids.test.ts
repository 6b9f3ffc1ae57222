import { describe, expect, it } from 'vitest';
import { DeclarationId, isStorableText, OfficerId, storableText } from './ids';

describe('storable text', () => {
  it('refuses what PostgreSQL cannot store: NUL and unpaired surrogates', () => {
    expect(
      ['plain', '한국어 메모', 'emoji 📦', 'line\nbreak', 'nul\u0000', 'high \ud800', 'low \udc00 only'].map(
        isStorableText,
      ),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it('bounds free text and refuses control characters in identifiers', () => {
    expect([
      storableText(5).safeParse('12345').success,
      storableText(5).safeParse('123456').success,
      DeclarationId.safeParse('26GBDEM00000055J6').success,
      DeclarationId.safeParse('PUS\tD1').success,
      OfficerId.safeParse('OFF-PUS-\u0085').success,
      DeclarationId.safeParse('').success,
    ]).toEqual([true, false, true, false, false, false]);
  });
});
