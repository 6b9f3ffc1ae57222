// The one normaliser of the tariff search: descriptions are indexed and queries are read with the
// same rules, so "냉동 새우", "냉동새우" and "새우의" meet the same terms, and "0306.17" is "030617".
//
// Korean is written with spaces that vary ("냉동새우" / "냉동 새우") and particles glued to nouns
// ("새우의", "새우를"), so Hangul is indexed as syllable bigrams: every pair of adjacent syllables
// within a word, and across a single space between two Hangul words. English words are lower-cased
// and reduced to their singular ("shrimps" → "shrimp"). Numbers keep their digits only.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Syllables share initial and vowel in blocks of 28 (no final consonant, then the 27 finals). */
const FINALS = 28;

const isHangulSyllable = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
};

/**
 * The syllables a syllable still being typed may become: the same initial and vowel with any final
 * consonant (an IME shows "새" then "생" on the way to "새우"), so the last syllable of a query
 * matches all 28 until the officer types on.
 */
export function composingVariants(syllable: string): string[] {
  const code = syllable.charCodeAt(0);
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return [syllable];
  const base = code - ((code - HANGUL_FIRST) % FINALS);
  return Array.from({ length: FINALS }, (_, final) => String.fromCharCode(base + final));
}

/** Particles (조사) dropped at a word's end, longest first, when at least two syllables remain. */
const PARTICLES = [
  '으로서',
  '으로',
  '에서',
  '에게',
  '까지',
  '부터',
  '의',
  '를',
  '을',
  '은',
  '는',
  '이',
  '가',
  '와',
  '과',
  '에',
  '로',
];

export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.length - particle.length >= 2 && word.endsWith(particle)) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}

/** English words that say nothing about the goods: not indexed, not searched. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'its',
  'not',
  'of',
  'on',
  'or',
  'other',
  'than',
  'the',
  'their',
  'to',
  'with',
]);

/** "shrimps" → "shrimp", "potatoes" → "potato", "berries" → "berry", "boxes" → "box"; "glass" stays. */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** NFKC (full-width letters and digits, compatibility characters) and lower case. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A word of a text as the index and the highlighter see it, with where it stands in the text. */
export type TextWord =
  | { kind: 'hangul'; text: string; start: number; end: number; joinsPrevious: boolean }
  | { kind: 'latin'; text: string; start: number; end: number }
  | { kind: 'number'; text: string; start: number; end: number };

const WORD = /[\uac00-\ud7a3]+|[a-z]+|\d+(?:[.,]\d+)*/g;

/** The words of an already normalised text. `joinsPrevious`: a Hangul word after another one and a space. */
export function wordsOf(normalized: string): TextWord[] {
  const words: TextWord[] = [];
  let previous: TextWord | undefined;
  for (const match of normalized.matchAll(WORD)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    let word: TextWord;
    if (isHangulSyllable(text)) {
      const joinsPrevious =
        previous?.kind === 'hangul' && /^[ \t]+$/.test(normalized.slice(previous.end, start));
      word = { kind: 'hangul', text, start, end, joinsPrevious };
    } else if (/^\d/.test(text)) {
      word = { kind: 'number', text: text.replace(/[.,]/g, ''), start, end };
    } else {
      word = { kind: 'latin', text, start, end };
    }
    words.push(word);
    previous = word;
  }
  return words;
}

/** Adjacent syllable pairs of a word: "냉동새우" → 냉동, 동새, 새우. */
export function bigrams(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/** The index terms of one description: Hangul bigrams (a one-syllable word as itself), English singulars, digits. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  let previousHangul: string | undefined;
  for (const word of wordsOf(normalizeText(text))) {
    if (word.kind === 'hangul') {
      const stem = stripParticle(word.text);
      if (word.joinsPrevious && previousHangul !== undefined) {
        terms.push(`${previousHangul.slice(-1)}${stem[0] ?? ''}`);
      }
      if (stem.length === 1) terms.push(stem);
      else terms.push(...bigrams(stem));
      previousHangul = stem;
      continue;
    }
    previousHangul = undefined;
    if (word.kind === 'number') terms.push(word.text);
    else if (!STOP_WORDS.has(word.text)) terms.push(singular(word.text));
  }
  return terms;
}

/** What the officer typed, read as the index reads descriptions. */
export type QueryWord =
  /** `open`: the last word, still being typed, matched as a prefix. */
  | { kind: 'latin'; term: string; open: boolean }
  /** Syllables with the particle dropped; `open`: the last syllable may still be composing. */
  | { kind: 'hangul'; syllables: string; open: boolean }
  | { kind: 'number'; digits: string; open: boolean };

export type ParsedQuery = {
  /** Digits of a query made only of digits, dots, spaces and hyphens ("0306.17" → "030617"). */
  codePrefix: string | null;
  words: QueryWord[];
};

/** Jamo typed alone (an IME's first keystroke of a syllable): nothing to match yet. */
const TRAILING_JAMO = /[\u1100-\u11ff\u3131-\u318e]+$/;

export function parseQuery(query: string): ParsedQuery {
  const normalized = normalizeText(query.normalize('NFC')).replace(TRAILING_JAMO, '');
  const codePrefix = /^[\d.\s-]*\d[\d.\s-]*$/.test(normalized) ? normalized.replace(/\D/g, '') : null;
  const endsOpen = !/\s$/.test(normalized);
  const found = wordsOf(normalized);
  const words: QueryWord[] = [];
  found.forEach((word, i) => {
    const open = endsOpen && i === found.length - 1 && word.end === normalized.trimEnd().length;
    if (word.kind === 'hangul') {
      words.push({ kind: 'hangul', syllables: stripParticle(word.text), open });
    } else if (word.kind === 'number') {
      words.push({ kind: 'number', digits: word.text, open });
    } else if (open || !STOP_WORDS.has(word.text)) {
      words.push({ kind: 'latin', term: open ? word.text : singular(word.text), open });
    }
  });
  return { codePrefix, words };
}
