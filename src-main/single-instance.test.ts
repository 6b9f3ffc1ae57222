import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow } from './single-instance';

function fakeApp(lockGranted: boolean) {
  const calls: string[] = [];
  let onSecondInstance: (() => void) | undefined;
  return {
    calls,
    secondInstance: () => onSecondInstance?.(),
    app: {
      requestSingleInstanceLock: () => lockGranted,
      quit: () => calls.push('quit'),
      on: (_event: 'second-instance', listener: () => void) => (onSecondInstance = listener),
    },
  };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('claimSingleInstance', () => {
  it('quits the second instance without listening for others', () => {
    const fake = fakeApp(false);
    expect(claimSingleInstance(fake.app, () => null)).toBe(false);
    expect(fake.calls).toEqual(['quit']);
  });

  it('keeps the first instance running and brings its minimised window forward', () => {
    const fake = fakeApp(true);
    const { win, calls } = fakeWindow(true);
    expect(claimSingleInstance(fake.app, () => win)).toBe(true);
    expect(fake.calls).toEqual([]);

    fake.secondInstance();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('focuses a window that is merely behind others without restoring it', () => {
    const fake = fakeApp(true);
    const { win, calls } = fakeWindow(false);
    claimSingleInstance(fake.app, () => win);
    fake.secondInstance();
    expect(calls).toEqual(['show', 'focus']);
  });

  it('ignores a second instance that arrives before the window exists', () => {
    const fake = fakeApp(true);
    claimSingleInstance(fake.app, () => null);
    expect(() => fake.secondInstance()).not.toThrow();
  });
});
