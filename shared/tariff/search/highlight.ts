import {
  composingVariants,
  normalizeText,
  singular,
  type ParsedQuery,
  type TextWord,
  wordsOf,
} from './normalize';

// Where a query matched a text, as ranges of the text as stored (UTF-16 offsets), so the UI can
// mark them without knowing how the index reads Korean or English.

export type HighlightRange = { start: number; end: number };

/** The text normalised one code point at a time, with the raw offsets each normalised char came from. */
function normalizedWithOffsets(text: string): { normalized: string; from: number[]; to: number[] } {
  const whole = normalizeText(text);
  // Lower case and NFKC keep the length of almost every description (Hangul is stored composed):
  // then offsets are the text's own, and nothing is normalised twice.
  if (whole.length === text.length) {
    const offsets = Array.from({ length: text.length }, (_, i) => i);
    return { normalized: whole, from: offsets, to: offsets.map((i) => i + 1) };
  }
  let normalized = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const point of text) {
    const piece = normalizeText(point);
    for (let i = 0; i < piece.length; i++) {
      from.push(offset);
      to.push(offset + point.length);
    }
    normalized += piece;
    offset += point.length;
  }
  return { normalized, from, to };
}

type Syllable = { char: string; at: number; followedBy: number | null };

/** Hangul syllables in order, each with the index of the syllable it is adjacent to (same word, or across one space). */
function syllablesOf(words: readonly TextWord[]): Syllable[] {
  const syllables: Syllable[] = [];
  for (const word of words) {
    if (word.kind !== 'hangul') continue;
    const last = syllables.at(-1);
    if (last !== undefined && word.joinsPrevious) last.followedBy = syllables.length;
    for (let i = 0; i < word.text.length; i++) {
      const isLast = i === word.text.length - 1;
      syllables.push({
        char: word.text[i] ?? '',
        at: word.start + i,
        followedBy: isLast ? null : syllables.length + 1,
      });
    }
  }
  return syllables;
}

/** A function that finds the parts of a text the query matched. */
export function highlighter(query: ParsedQuery): (text: string) => HighlightRange[] {
  const latin = query.words.filter((word) => word.kind === 'latin');
  const numbers = query.words.filter((word) => word.kind === 'number');
  const hangulSingles: Array<ReadonlySet<string>> = [];
  const hangulPairs = new Set<string>();
  for (const word of query.words) {
    if (word.kind !== 'hangul') continue;
    const chars = [...word.syllables];
    const lastChars = word.open ? composingVariants(chars.at(-1) ?? '') : [chars.at(-1) ?? ''];
    if (chars.length === 1) {
      hangulSingles.push(new Set(lastChars));
      continue;
    }
    for (let i = 0; i + 2 < chars.length; i++) hangulPairs.add(`${chars[i]}${chars[i + 1]}`);
    for (const last of lastChars) hangulPairs.add(`${chars.at(-2)}${last}`);
  }

  return (text) => {
    if (query.words.length === 0) return [];
    const { normalized, from, to } = normalizedWithOffsets(text);
    const marked = new Uint8Array(normalized.length);
    const mark = (start: number, end: number) => marked.fill(1, start, end);
    const words = wordsOf(normalized);
    for (const word of words) {
      if (word.kind === 'latin') {
        const stem = singular(word.text);
        for (const wanted of latin) {
          if (wanted.open && word.text.startsWith(wanted.term))
            mark(word.start, word.start + wanted.term.length);
          else if (stem === wanted.term || (wanted.open && singular(wanted.term) === stem)) {
            mark(word.start, word.end);
          }
        }
      } else if (word.kind === 'number') {
        if (numbers.some((n) => word.text === n.digits || (n.open && word.text.startsWith(n.digits)))) {
          mark(word.start, word.end);
        }
      }
    }
    const syllables = syllablesOf(words);
    for (const syllable of syllables) {
      if (hangulSingles.some((set) => set.has(syllable.char))) mark(syllable.at, syllable.at + 1);
      const next = syllable.followedBy === null ? undefined : syllables[syllable.followedBy];
      if (next !== undefined && hangulPairs.has(`${syllable.char}${next.char}`)) {
        mark(syllable.at, syllable.at + 1);
        mark(next.at, next.at + 1);
      }
    }
    const ranges: HighlightRange[] = [];
    for (let i = 0; i < marked.length; i++) {
      if (marked[i] !== 1) continue;
      let j = i;
      while (j + 1 < marked.length && marked[j + 1] === 1) j++;
      const start = from[i] ?? 0;
      const end = to[j] ?? start;
      const previous = ranges.at(-1);
      if (previous !== undefined && previous.end >= start) previous.end = Math.max(previous.end, end);
      else ranges.push({ start, end });
      i = j;
    }
    return ranges;
  };
}
