/**
 * The one typeface of the product, bundled in assets/fonts so that no screen or PDF depends on the
 * fonts a machine happens to have: Pretendard 1.3.9 (SIL Open Font License 1.1), which has every one
 * of the 11,172 modern Hangul syllables. The UI loads the variable woff2 (all weights, one file);
 * PDFs embed subsets of the static TrueType files.
 */
export const BUNDLED_FONT_FAMILY = 'Pretendard';

/** File names under assets/fonts. */
export const BUNDLED_FONT_FILES = {
  ui: 'PretendardVariable.woff2',
  pdfNormal: 'Pretendard-Regular.ttf',
  pdfBold: 'Pretendard-Bold.ttf',
  licence: 'OFL.txt',
  /** Noto Sans KR's CJK ideographs only (Korean tariff texts write 괴(塊), 비(非)철금속). */
  hanja: 'NotoSansKR-Hanja-Regular.ttf',
  hanjaLicence: 'OFL-NotoSansKR.txt',
} as const;

/**
 * Pretendard has no Hanja. The UI falls back to this family per character (unicode-range);
 * pdfmake cannot fall back, so the notice sets it on each run of ideographs (`hanjaRuns`).
 */
export const HANJA_FONT_FAMILY = 'Noto Sans KR Hanja';

/** The ideograph blocks the Hanja font carries: CJK Extension A, Unified and Compatibility. */
export const HANJA = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+/gu;

/** U+AC00..U+D7A3: every modern Hangul syllable, not only the 2,350 of KS X 1001. */
export const HANGUL_SYLLABLES = { first: 0xac00, last: 0xd7a3, count: 11_172 } as const;
