import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Jurisdiction } from '../../domain/post';
import type { TariffLine, TariffSchedule } from '../types';
import type { SearchContext } from './context';
import { highlighter, type HighlightRange } from './highlight';
import {
  bigrams,
  composingVariants,
  parseQuery,
  type ParsedQuery,
  type QueryWord,
  singular,
  termsOf,
} from './normalize';

// The tariff search index: codes in a sorted array (a prefix is a binary search), words in a
// MiniSearch inverted index whose terms are the normaliser's (Hangul bigrams, English singulars,
// digits). MiniSearch brings BM25 ranking, prefix search on a radix tree, AND/OR query trees and
// an index built in chunks (`addAllAsync`) so a large schedule never freezes the page.

/** Terms joined by spaces: the line's own names, its HS heading (4 digits or fewer), the rest of its context. */
type IndexedDocument = { id: number; own: string; heading: string; context: string };

export type TariffSearchIndex = {
  jurisdiction: Jurisdiction;
  version: string;
  lines: readonly TariffLine[];
  /** Per line, the context texts that apply to it, from the broadest heading to the line itself. */
  contexts: ReadonlyArray<readonly string[]>;
  /** Line indices ordered by code, and their codes, for prefix lookups. */
  byCode: Int32Array;
  codes: readonly string[];
  /** Every indexed term, sorted, with the number of lines holding it: what a prefix expands to. */
  vocabulary: { terms: readonly string[]; lineCounts: Int32Array };
  words: MiniSearch<IndexedDocument>;
};

/** One result, with what to mark: `codeMatch` leading digits of the code and ranges in each text. */
export type TariffSearchHit = {
  line: TariffLine;
  /** Why it is listed: a code that starts with the digits typed, or words. */
  by: 'code' | 'words';
  score: number;
  codeMatch: number;
  context: readonly string[];
  highlights: { description: HighlightRange[]; descriptionLocal: HighlightRange[] };
};

/** The hits, and the query's highlighter for any other text shown beside them (the headings). */
export type TariffSearchResult = {
  hits: TariffSearchHit[];
  highlight: (text: string) => HighlightRange[];
};

/**
 * The line's own names weigh three times its subheadings' and KCS groups'; a 4-digit heading, which
 * often lists every state ("live, fresh, chilled, frozen, dried…"), weighs half as much as those.
 */
const OWN_BOOST = 3;
const HEADING_BOOST = 0.5;
export const DEFAULT_RESULT_LIMIT = 20;
/** Letters an English word needs before it is matched as a prefix. */
const MIN_PREFIX = 2;
/** A prefix stands for at most this many terms, reaching at most about this many lines. */
const MAX_EXPANDED_TERMS = 12;
const MAX_EXPANDED_LINES = 3000;

function newWordIndex(): MiniSearch<IndexedDocument> {
  return new MiniSearch<IndexedDocument>({
    fields: ['own', 'heading', 'context'],
    tokenize: (terms) => (terms === '' ? [] : terms.split(' ')),
    processTerm: (term) => term,
    // Weak length normalisation (BM25 b 0.3, MiniSearch's default 0.7): a UK line is named in one long
    // sentence, and it should not lose to a short line that mentions the same words in passing.
    searchOptions: {
      boost: { own: OWN_BOOST, heading: HEADING_BOOST, context: 1 },
      bm25: { k: 1.2, b: 0.3, d: 0.5 },
    },
  });
}

type Prepared = ReturnType<typeof finishPreparing>;

/**
 * Tokenises every line and its headings, pausing (a `yield`) after each `chunkSize` lines so the
 * chunked build can give the page its turn. Run to the end at once by `createTariffSearchIndex`.
 */
function* prepare(
  schedule: TariffSchedule,
  context: SearchContext,
  chunkSize: number,
): Generator<void, Prepared> {
  const byPrefix = new Map<string, string[]>();
  const broad = new Set<string>();
  for (const { code, text } of context) {
    if (code.length <= 4) broad.add(text);
    const texts = byPrefix.get(code);
    if (texts === undefined) byPrefix.set(code, [text]);
    else texts.push(text);
  }
  // A heading stands above hundreds of lines: tokenised once.
  const headingTerms = new Map<string, string[]>();
  const termsOfHeading = (text: string): string[] => {
    let terms = headingTerms.get(text);
    if (terms === undefined) {
      terms = termsOf(text);
      headingTerms.set(text, terms);
    }
    return terms;
  };
  const contexts: string[][] = [];
  const lineCounts = new Map<string, number>();
  const documents: IndexedDocument[] = [];
  for (const [id, line] of schedule.lines.entries()) {
    const texts: string[] = [];
    for (let length = 2; length <= line.code.length; length++) {
      for (const text of byPrefix.get(line.code.slice(0, length)) ?? []) {
        if (!texts.includes(text)) texts.push(text);
      }
    }
    contexts.push(texts);
    // Tokenised once here: the vocabulary counts the terms, MiniSearch splits them at spaces.
    const own = [...termsOf(line.description), ...termsOf(line.descriptionLocal ?? '')];
    const heading = texts.filter((text) => broad.has(text)).flatMap(termsOfHeading);
    const rest = texts.filter((text) => !broad.has(text)).flatMap(termsOfHeading);
    for (const term of new Set([...own, ...heading, ...rest])) {
      lineCounts.set(term, (lineCounts.get(term) ?? 0) + 1);
    }
    documents.push({ id, own: own.join(' '), heading: heading.join(' '), context: rest.join(' ') });
    if ((id + 1) % chunkSize === 0) yield;
  }
  return finishPreparing(schedule, documents, contexts, lineCounts);
}

function finishPreparing(
  schedule: TariffSchedule,
  documents: IndexedDocument[],
  contexts: string[][],
  lineCounts: ReadonlyMap<string, number>,
) {
  const order = schedule.lines.map((_, i) => i);
  order.sort((a, b) => compare(schedule.lines[a]?.code ?? '', schedule.lines[b]?.code ?? ''));
  const terms = [...lineCounts.keys()].sort(compare);
  return {
    jurisdiction: schedule.jurisdiction,
    version: schedule.version,
    lines: schedule.lines,
    documents,
    contexts,
    byCode: Int32Array.from(order),
    codes: order.map((i) => schedule.lines[i]?.code ?? ''),
    vocabulary: { terms, lineCounts: Int32Array.from(terms, (term) => lineCounts.get(term) ?? 0) },
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the index at once (tests, the server, a worker). */
export function createTariffSearchIndex(
  schedule: TariffSchedule,
  context: SearchContext = [],
): TariffSearchIndex {
  const steps = prepare(schedule, context, Infinity);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  const { documents, ...prepared } = step.value;
  const words = newWordIndex();
  words.addAll(documents);
  return { ...prepared, words };
}

/** Builds the index in chunks, yielding to the page between them, so typing elsewhere never stalls. */
export async function createTariffSearchIndexAsync(
  schedule: TariffSchedule,
  context: SearchContext = [],
  chunkSize = 500,
): Promise<TariffSearchIndex> {
  const steps = prepare(schedule, context, chunkSize);
  let step = steps.next();
  while (step.done !== true) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    step = steps.next();
  }
  const { documents, ...prepared } = step.value;
  const words = newWordIndex();
  await words.addAllAsync(documents, { chunkSize });
  return { ...prepared, words };
}

/** First position in a sorted list not below `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The terms a word still being typed stands for: the most common ones that start with it, up to
 * a bounded number of lines. A short prefix ("mo", "냉") starts hundreds of terms; ranking every
 * line any of them reaches would cost more than a keystroke, and the common words are the likely ones.
 */
function expandPrefix(index: TariffSearchIndex, prefix: string): string[] {
  const { terms, lineCounts } = index.vocabulary;
  const candidates: Array<{ term: string; lines: number }> = [];
  for (let at = lowerBound(terms, prefix); at < terms.length; at++) {
    const term = terms[at] ?? '';
    if (!term.startsWith(prefix)) break;
    candidates.push({ term, lines: lineCounts[at] ?? 0 });
  }
  candidates.sort((a, b) => (a.term === prefix ? -1 : b.term === prefix ? 1 : b.lines - a.lines));
  const chosen: string[] = [];
  let lines = 0;
  for (const { term, lines: count } of candidates) {
    if (chosen.length >= MAX_EXPANDED_TERMS || (chosen.length > 0 && lines + count > MAX_EXPANDED_LINES))
      break;
    chosen.push(term);
    lines += count;
  }
  return chosen;
}

/** How many of a Hangul word's bigrams must match: all of one or two, two thirds of more. */
const requiredPairs = (pairs: number): number => (pairs <= 2 ? pairs : Math.ceil((pairs * 2) / 3));

/**
 * A Hangul word's bigrams by position (`slots`), how many positions a line must hold, and the
 * terms that may stand for the last position only when every other position is held
 * (`nextWord`: the syllable being typed begins another word, as in "냉동새" on the way to "냉동 새우").
 */
type Coverage = { slots: Map<string, number>; required: number; pairs: number; nextWord: Set<string> };

/** The MiniSearch query of one word, and for a Hangul word the share of its bigrams a line must hold. */
function wordQuery(index: TariffSearchIndex, word: QueryWord): { query: Query; coverage?: Coverage } | null {
  // One letter still being typed says nothing yet about the goods.
  if (word.kind === 'latin' && word.open && word.term.length < MIN_PREFIX) return null;
  if (word.kind === 'latin' || word.kind === 'number') {
    const term = word.kind === 'latin' ? word.term : word.digits;
    if (!word.open) return { query: term };
    // "shrimps" being typed is also the start of the indexed singular "shrimp".
    const stem = word.kind === 'latin' ? singular(term) : term;
    const terms = new Set([
      ...expandPrefix(index, term),
      ...(stem === term ? [] : expandPrefix(index, stem)),
    ]);
    return { query: { queries: [...terms], combineWith: 'OR' } };
  }
  const chars = [...word.syllables];
  if (chars.length === 0) return null;
  const last = chars.at(-1) ?? '';
  const lastVariants = word.open ? composingVariants(last) : [last];
  // A lone syllable is matched as itself and as the start of a pair, as typed: its 28 composing
  // variants each as a prefix would reach a large part of the schedule.
  if (chars.length === 1) {
    return { query: { queries: word.open ? expandPrefix(index, last) : [last], combineWith: 'OR' } };
  }
  const pairs = bigrams(word.syllables);
  const lastSlot = pairs.length - 1;
  const slots = new Map<string, number>();
  pairs.slice(0, -1).forEach((pair, slot) => slots.set(pair, slot));
  for (const variant of lastVariants) slots.set(`${chars.at(-2)}${variant}`, lastSlot);
  const nextWord = new Set<string>();
  if (word.open && chars.length >= 3) {
    const base = lastVariants[0] ?? last;
    for (const start of new Set([base, last])) {
      for (const term of expandPrefix(index, start)) if (!slots.has(term)) nextWord.add(term);
    }
  }
  return {
    query: { queries: [...slots.keys(), ...nextWord], combineWith: 'OR' },
    coverage: { slots, required: requiredPairs(pairs.length), pairs: pairs.length, nextWord },
  };
}

function covers(result: SearchResult, coverages: readonly Coverage[]): boolean {
  return coverages.every(({ slots, required, pairs, nextWord }) => {
    const matched = new Set<number>();
    let startsNextWord = false;
    for (const term of result.queryTerms) {
      const slot = slots.get(term);
      if (slot !== undefined) matched.add(slot);
      else if (nextWord.has(term)) startsNextWord = true;
    }
    if (matched.size >= required) return true;
    if (!startsNextWord) return false;
    for (let slot = 0; slot < pairs - 1; slot++) if (!matched.has(slot)) return false;
    return true;
  });
}

function hitOf(
  index: TariffSearchIndex,
  lineIndex: number,
  by: TariffSearchHit['by'],
  score: number,
  codeMatch: number,
  mark: (text: string) => HighlightRange[],
): TariffSearchHit | null {
  const line = index.lines[lineIndex];
  if (line === undefined) return null;
  const context = index.contexts[lineIndex] ?? [];
  return {
    line,
    by,
    score,
    codeMatch,
    context,
    highlights: { description: mark(line.description), descriptionLocal: mark(line.descriptionLocal ?? '') },
  };
}

/** Lines whose code starts with the digits typed, in code order. */
function codeHits(index: TariffSearchIndex, prefix: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = lowerBound(index.codes, prefix); at < index.codes.length && found.length < limit; at++) {
    if (!(index.codes[at] ?? '').startsWith(prefix)) break;
    found.push(index.byCode[at] ?? 0);
  }
  return found;
}

/**
 * The lines a query finds, best first: codes that start with the digits typed (in code order),
 * then lines whose words match, by relevance. Every English or number word must match; a Hangul
 * word matches when enough of its bigrams do, wherever the line puts its spaces.
 */
export function searchTariff(
  index: TariffSearchIndex,
  query: string,
  limit: number = DEFAULT_RESULT_LIMIT,
): TariffSearchResult {
  const parsed: ParsedQuery = parseQuery(query);
  const mark = highlighter(parsed);
  const hits: TariffSearchHit[] = [];
  const listed = new Set<number>();
  if (parsed.codePrefix !== null && parsed.codePrefix !== '') {
    for (const lineIndex of codeHits(index, parsed.codePrefix, limit)) {
      const hit = hitOf(index, lineIndex, 'code', Infinity, parsed.codePrefix.length, mark);
      if (hit !== null) hits.push(hit);
      listed.add(lineIndex);
    }
  }
  const queries: Query[] = [];
  const coverages: Coverage[] = [];
  for (const word of parsed.words) {
    const built = wordQuery(index, word);
    if (built === null) continue;
    queries.push(built.query);
    if (built.coverage !== undefined) coverages.push(built.coverage);
  }
  if (queries.length === 0 || hits.length >= limit) return { hits, highlight: mark };
  const results = index.words.search(
    { queries, combineWith: 'AND' },
    {
      tokenize: (term) => [term],
      processTerm: (term) => term,
      filter: coverages.length === 0 ? undefined : (result) => covers(result, coverages),
    },
  );
  for (const result of results) {
    if (hits.length >= limit) break;
    const lineIndex = result.id as number;
    if (listed.has(lineIndex)) continue;
    const hit = hitOf(index, lineIndex, 'words', result.score, 0, mark);
    if (hit !== null) hits.push(hit);
  }
  return { hits, highlight: mark };
}
