/**
 * Brings a printed rate to one spelling before it is tokenized. Only presentation is touched here
 * (markup, Unicode compatibility forms, spacing, the Korean word order); anything with meaning is
 * left for the parser to accept or reject.
 */
export function normaliseRateText(text: string): string {
  let s = text
    // HTS writes m² as "m<sup>2</sup>"; keep the digit, drop every other tag ("<u></u>", "<il></il>").
    .replace(/<sup>\s*(\d)\s*<\/sup>/gi, '$1')
    .replace(/<[^>]*>/g, ' ')
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
    .replace(/([A-Za-z0-9.]+)\s*당\s*([\d.,]+)\s*원/g, '$2 KRW/$1')
    .replace(/([\d.,]+)\s*(?:원|won\b)/gi, '$1 KRW')
    .replace(/\s*또는\s*/g, ' 또는 ')
    .replace(/\s*중\s*(?:높은|큰)\s*(?:것|쪽)$/, ', whichever is the greater')
    .replace(/\s*중\s*(?:낮은|작은)\s*(?:것|쪽)$/, ', whichever is the lesser')
    .replace(/\s+/g, ' ')
    .trim();
}
