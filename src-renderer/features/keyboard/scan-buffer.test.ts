import { describe, expect, it } from 'vitest';
import { NO_SCAN, SCAN_KEY_GAP_MS, stepScan, type ScanKey, type ScanState } from './scan-buffer';

/** Feeds keys `gap` ms apart and returns every number scanned. */
function feed(keys: string, gap: number): string[] {
  let state: ScanState = NO_SCAN;
  const scanned: string[] = [];
  [...keys].forEach((char, index) => {
    const key: ScanKey = char === '\n' ? { kind: 'enter' } : { kind: 'char', char };
    const step = stepScan(state, key, 10_000 + index * gap);
    state = step.state;
    if (step.scanned !== null) scanned.push(step.scanned);
  });
  return scanned;
}

describe('stepScan', () => {
  it('reads a number typed in a burst and ended by Enter', () => {
    expect(feed('12345-26-0000001\n', 5)).toEqual(['12345-26-0000001']);
  });

  it('ignores the same keys typed at human speed', () => {
    expect(feed('12345-26-0000001\n', SCAN_KEY_GAP_MS + 40)).toEqual([]);
  });

  it('ignores a short burst, which is no declaration number', () => {
    expect(feed('gw\n', 5)).toEqual([]);
  });

  it('starts over after a pause, so a stray key before the scan is not part of the number', () => {
    let state = stepScan(NO_SCAN, { kind: 'char', char: 'x' }, 0).state;
    for (const [index, char] of [...'26GBDEMO00000001J5'].entries())
      state = stepScan(state, { kind: 'char', char }, 1000 + index).state;
    expect(stepScan(state, { kind: 'enter' }, 1020).scanned).toBe('26GBDEMO00000001J5');
  });

  it('marks the third key of a burst and those after it, so they do not act as shortcuts', () => {
    let state = NO_SCAN;
    const marks = [...'26GA'].map((char, index) => {
      const step = stepScan(state, { kind: 'char', char }, index * 5);
      state = step.state;
      return step.inBurst;
    });
    expect(marks).toEqual([false, false, true, true]);
  });
});
