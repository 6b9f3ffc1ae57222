/**
 * Brings a printed rate to one spelling before it is tokenized. Only presentation is touched here
 * (markup, Unicode compatibility forms, spacing, the Korean word order); anything with meaning is
 * left for the parser to accept or reject.
 *
 * Linear in the length of the text: no pattern has a nested quantifier, and a pattern that starts
 * with a run (of digits, of tag text) may only start where the run starts (a lookbehind, or `<`
 * excluded from the tag body), so a long run is scanned once rather than once per position in it.
 */
export function normaliseRateText(text: string): string {
  let s = text
    // HTS writes m² as "m<sup>2</sup>"; keep the digit, drop every other tag ("<u></u>", "<il></il>").
    .replace(/<sup>\s*(\d)\s*<\/sup>/gi, '$1')
    .replace(/<[^<>]*>/g, ' ')
    // NFKC folds "㎏" to "kg", "m²" to "m2", no-break and full-width spaces to spaces.
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = normaliseKorean(s);
  return s;
}

/**
 * Korean schedules print "kg당 6,210원" (per kg 6,210 won), "6,210원/kg", "1,864won/kg" and
 * "A 또는 B" (A or B, the greater applies). Rewritten to the English order the grammar reads:
 * "6,210 KRW/kg"; "또는" stays a word of its own so the parser knows the greater applies.
 */
function normaliseKorean(text: string): string {
  return text
    .replace(/(?<![A-Za-z0-9.])([A-Za-z0-9.]+) ?당 ?([\d.,]+) ?원/g, '$2 KRW/$1')
    .replace(/(?<![\d.,])([\d.,]+) ?(?:원|won\b)/gi, '$1 KRW')
    .replace(/ ?또는 ?/g, ' 또는 ')
    .replace(/ ?중 ?(?:높은|큰) ?(?:것|쪽)$/, ', whichever is the greater')
    .replace(/ ?중 ?(?:낮은|작은) ?(?:것|쪽)$/, ', whichever is the lesser')
    .replace(/\s+/g, ' ')
    .trim();
}
