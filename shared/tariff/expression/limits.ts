/**
 * The longest rate text the parser reads, before and after normalising. The longest in the
 * schedules under assets/data is 439 characters (an HTS sentence, rejected as another schedule's
 * rate); the longest that parses is 99. A limit well above both keeps every real rate and bounds
 * the work a hostile text can ask for.
 */
export const MAX_RATE_TEXT_LENGTH = 1000;

/** The deepest bracket nesting the parser reads; real rates nest one level at most. */
export const MAX_RATE_NESTING = 16;
