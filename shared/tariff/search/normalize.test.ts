import { describe, expect, it } from 'vitest';
import { composingVariants, parseQuery, singular, stripParticle, termsOf } from './normalize';

describe('the tariff search normaliser', () => {
  it('reads Korean with or without spaces as the same bigrams, and joins words across one space', () => {
    expect(termsOf('냉동새우')).toEqual(['냉동', '동새', '새우']);
    expect(termsOf('냉동 새우')).toEqual(['냉동', '동새', '새우']);
  });

  it('does not join words across punctuation or a line break', () => {
    expect(termsOf('새우(냉동)')).toEqual(['새우', '냉동']);
    expect(termsOf('냉동\n새우')).toEqual(['냉동', '새우']);
  });

  it('drops a particle at a word end while two syllables remain', () => {
    expect(['새우의', '새우를', '자동차의', '돼지고기를', '오이', '사과'].map(stripParticle)).toEqual([
      '새우',
      '새우',
      '자동차',
      '돼지고기',
      '오이',
      '사과',
    ]);
  });

  it('indexes English words singular and lower-case without the words that say nothing', () => {
    expect(termsOf('Other shrimps and prawns, FROZEN')).toEqual(['shrimp', 'prawn', 'frozen']);
    expect(['potatoes', 'berries', 'boxes', 'glass', 'cars', 'gas'].map(singular)).toEqual([
      'potato',
      'berry',
      'box',
      'glass',
      'car',
      'gas',
    ]);
  });

  it('keeps the digits of numbers and reads full-width characters as ASCII', () => {
    expect(termsOf('over 1,500 cc ＫＧ')).toEqual(['over', '1500', 'cc', 'kg']);
  });

  it('reads a code typed with dots or spaces as its digits', () => {
    expect(parseQuery('0306.17').codePrefix).toBe('030617');
    expect(parseQuery('8703 23').codePrefix).toBe('870323');
    expect(parseQuery('frozen 0306').codePrefix).toBeNull();
  });

  it('marks the last word as still being typed, drops its particles and a trailing lone jamo', () => {
    expect(parseQuery('돼지고기를 냉ㄷ')).toEqual({
      codePrefix: null,
      words: [
        { kind: 'hangul', syllables: '돼지고기', open: false },
        { kind: 'hangul', syllables: '냉', open: true },
      ],
    });
    expect(parseQuery('motor cars ').words).toEqual([
      { kind: 'latin', term: 'motor', open: false },
      { kind: 'latin', term: 'car', open: false },
    ]);
  });

  it('lets a syllable being composed become any syllable with the same initial and vowel', () => {
    const variants = composingVariants('새');
    expect([variants.length, variants[0], variants.includes('생'), variants.includes('세')]).toEqual([
      28,
      '새',
      true,
      false,
    ]);
  });
});
