import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES, HANGUL_SYLLABLES, HANJA } from '../../shared/notice/fonts';
import { en } from '../../src-renderer/i18n/resources/en';
import { ko } from '../../src-renderer/i18n/resources/ko';

// The shipped font files themselves are read: a swap to a KS X 1001 subset (2,350 syllables) or to
// a font without a character some label uses fails here, not on an officer's screen.
const fontsDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
const shipped = [BUNDLED_FONT_FILES.ui, BUNDLED_FONT_FILES.pdfNormal, BUNDLED_FONT_FILES.pdfBold];

function open(file: string): fontkit.Font {
  const font = fontkit.create(readFileSync(`${fontsDir}${file}`));
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
  return font;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every character of the UI strings, both languages, and those the notice and amounts print. */
const usedCharacters = [
  ...new Set([...strings(en), ...strings(ko), '0123456789 ,.-+%()/:·–—…₩£€$×"\'#'].join('')),
].filter((character) => !/\s/.test(character));

describe.each(shipped)('the bundled font %s', (file) => {
  const font = open(file);

  it(`is ${BUNDLED_FONT_FAMILY} under the SIL Open Font License`, () => {
    expect({
      family: font.familyName.startsWith(BUNDLED_FONT_FAMILY),
      licence: font.getName('licenseURL', 'en'),
    }).toEqual({ family: true, licence: 'http://scripts.sil.org/OFL' });
  });

  it('has a glyph for every modern Hangul syllable', () => {
    const missing: string[] = [];
    for (let codePoint = HANGUL_SYLLABLES.first; codePoint <= HANGUL_SYLLABLES.last; codePoint += 1)
      if (!font.hasGlyphForCodePoint(codePoint)) missing.push(String.fromCodePoint(codePoint));
    expect({ covered: HANGUL_SYLLABLES.count - missing.length, missing: missing.slice(0, 20) }).toEqual({
      covered: 11_172,
      missing: [],
    });
  });

  it('has a glyph for every character of the Korean and English UI strings', () => {
    const missing = usedCharacters.filter(
      (character) => !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0),
    );
    expect(missing).toEqual([]);
  });
});

describe('the font licence', () => {
  it('ships beside the fonts', () => {
    const licence = readFileSync(`${fontsDir}${BUNDLED_FONT_FILES.licence}`, 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});

describe('the bundled Hanja font', () => {
  it('has every ideograph the Korean tariff files write (괴(塊), 비(非)철금속…)', () => {
    const font = open(BUNDLED_FONT_FILES.hanja);
    const tariffs = fileURLToPath(new URL('../../assets/data/tariffs/kr/', import.meta.url));
    const texts = ['kcs_hs_codes_2025.csv', 'kr_quota_tariff_p3_2025_2026.csv', 'kr_vkfta_korea_schedule.csv']
      .map((file) => readFileSync(`${tariffs}${file}`, 'utf8'))
      .join('');
    const ideographs = [...new Set(texts.match(HANJA)?.join('') ?? '')];
    const missing = ideographs.filter(
      (character) => !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0),
    );
    expect({ some: ideographs.length > 300, missing }).toEqual({ some: true, missing: [] });
  });

  it('ships with its licence', () => {
    const licence = readFileSync(`${fontsDir}${BUNDLED_FONT_FILES.hanjaLicence}`, 'utf8');
    expect(licence).toContain('SIL Open Font License, Version 1.1');
  });
});
