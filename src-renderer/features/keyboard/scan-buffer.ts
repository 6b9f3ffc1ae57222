/**
 * A barcode scanner is a keyboard that types a whole number in a burst, a few ms a key, and presses
 * Enter. No person types that fast, so the pace of the keys is how the app tells a scan from keys
 * typed with no field focused. The pace is taken over the number as a whole, not key by key: a key
 * the page took late (a stall while a page of declarations is stored) must not cut a scan in two.
 */
export const SCAN_MS_PER_KEY = 50;
/** Shorter bursts are not declaration numbers (KR has 14 digits, a UK MRN 18 characters). */
export const MIN_SCAN_LENGTH = 6;
/** Longer than any declaration number: older keys cannot be part of the next scan. */
const MAX_KEPT = 40;

/** The characters typed since the last Enter or other key, with the time of each. */
export type ScanState = { chars: readonly string[]; times: readonly number[] };
export const NO_SCAN: ScanState = { chars: [], times: [] };

/** A key as the scanner sees it: a character it may type, Enter, or anything else. */
export type ScanKey = { kind: 'char'; char: string } | { kind: 'enter' } | { kind: 'other' };

export type ScanStep = {
  state: ScanState;
  /** The scanned number, on the Enter that ends a burst. */
  scanned: string | null;
  /**
   * The key ends three at a scanner's pace: part of a number, not a shortcut. Two quick keys are
   * not enough to tell: a quick officer types 'g' then 'w' that fast.
   */
  inBurst: boolean;
};

/** The `count` last keys, up to `now`, came at a scanner's pace. */
function atScannerPace(times: readonly number[], count: number, now: number): boolean {
  const first = times[times.length - count];
  return first !== undefined && (now - first) / count <= SCAN_MS_PER_KEY;
}

/** The longest run of the last keys typed at a scanner's pace, ended by Enter at `now`. */
function scannedNumber({ chars, times }: ScanState, now: number): string | null {
  for (let count = chars.length; count >= MIN_SCAN_LENGTH; count--) {
    if (atScannerPace(times, count, now)) return chars.slice(-count).join('');
  }
  return null;
}

export function stepScan(state: ScanState, key: ScanKey, now: number): ScanStep {
  switch (key.kind) {
    case 'char': {
      const next = {
        chars: [...state.chars, key.char].slice(-MAX_KEPT),
        times: [...state.times, now].slice(-MAX_KEPT),
      };
      return { state: next, scanned: null, inBurst: atScannerPace(next.times, 3, now) };
    }
    case 'enter': {
      const scanned = scannedNumber(state, now);
      return { state: NO_SCAN, scanned, inBurst: scanned !== null };
    }
    case 'other':
      return { state: NO_SCAN, scanned: null, inBurst: false };
  }
}
