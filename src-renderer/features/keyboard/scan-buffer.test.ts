import { describe, expect, it } from 'vitest';
import { NO_SCAN, SCAN_MS_PER_KEY, stepScan, type ScanKey, type ScanState } from './scan-buffer';

/** Feeds keys at the given times (ms) and returns every number scanned. */
function feed(keys: string, timeOf: (index: number) => number): string[] {
  let state: ScanState = NO_SCAN;
  const scanned: string[] = [];
  [...keys].forEach((char, index) => {
    const key: ScanKey = char === '\n' ? { kind: 'enter' } : { kind: 'char', char };
    const step = stepScan(state, key, 10_000 + timeOf(index));
    state = step.state;
    if (step.scanned !== null) scanned.push(step.scanned);
  });
  return scanned;
}

describe('stepScan', () => {
  it('reads a number typed in a burst and ended by Enter', () => {
    expect(feed('12345-26-0000001\n', (index) => index * 5)).toEqual(['12345-26-0000001']);
  });

  it('reads a scan the page took late, after a stall in the middle of the number', () => {
    expect(feed('12345-26-0000001\n', (index) => index * 5 + (index >= 8 ? 250 : 0))).toEqual([
      '12345-26-0000001',
    ]);
  });

  it('reads a scan whose first key the page took half a second before the others', () => {
    expect(feed('75287260000003\n', (index) => (index === 0 ? 0 : 500 + index * 5))).toEqual([
      '75287260000003',
    ]);
  });

  it('ignores the same keys typed by a fast typist', () => {
    expect(feed('12345-26-0000001\n', (index) => index * (SCAN_MS_PER_KEY + 30))).toEqual([]);
  });

  it('ignores a short burst, which is no declaration number', () => {
    expect(feed('gw\n', (index) => index * 5)).toEqual([]);
  });

  it('starts over after a pause, so a stray key before the scan is not part of the number', () => {
    expect(feed('x26GBDEMO00000001J5\n', (index) => (index === 0 ? 0 : 1000 + index * 5))).toEqual([
      '26GBDEMO00000001J5',
    ]);
  });

  it('marks the third key of a burst and those after it, so they do not act as shortcuts', () => {
    let state: ScanState = NO_SCAN;
    const marks = [...'26GA'].map((char, index) => {
      const step = stepScan(state, { kind: 'char', char }, index * 5);
      state = step.state;
      return step.inBurst;
    });
    expect(marks).toEqual([false, false, true, true]);
  });
});
