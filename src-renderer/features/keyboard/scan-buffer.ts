/**
 * A barcode scanner is a keyboard that types a whole number in a burst, a few ms a key, and presses
 * Enter. A person cannot type six keys that fast, so a burst is how the app tells a scan from
 * shortcuts typed with no field focused.
 */
export const SCAN_KEY_GAP_MS = 80;
/** Shorter bursts are not declaration numbers (KR has 14 digits, a UK MRN 18 characters). */
export const MIN_SCAN_LENGTH = 6;

export type ScanState = { chars: string; at: number };
export const NO_SCAN: ScanState = { chars: '', at: -Infinity };

/** A key as the scanner sees it: a character it may type, Enter, or anything else. */
export type ScanKey = { kind: 'char'; char: string } | { kind: 'enter' } | { kind: 'other' };

export type ScanStep = {
  state: ScanState;
  /** The scanned number, on the Enter that ends a burst. */
  scanned: string | null;
  /**
   * The key is the third or later of a burst: part of a number, not a shortcut. Two quick keys
   * are not enough to tell: a quick officer types 'g' then 'w' that fast.
   */
  inBurst: boolean;
};

export function stepScan(state: ScanState, key: ScanKey, now: number): ScanStep {
  const quick = now - state.at <= SCAN_KEY_GAP_MS;
  switch (key.kind) {
    case 'char': {
      const chars = quick ? state.chars + key.char : key.char;
      return { state: { chars, at: now }, scanned: null, inBurst: chars.length >= 3 };
    }
    case 'enter': {
      const scanned = quick && state.chars.length >= MIN_SCAN_LENGTH ? state.chars : null;
      return { state: NO_SCAN, scanned, inBurst: scanned !== null };
    }
    case 'other':
      return { state: NO_SCAN, scanned: null, inBurst: false };
  }
}
