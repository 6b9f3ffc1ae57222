import { describe, expect, it } from 'vitest';
import { closeDevToolsWhenOpened, remoteDebuggingSwitch } from './devtools';

describe('closeDevToolsWhenOpened', () => {
  it('closes DevTools as soon as they open', () => {
    const steps: string[] = [];
    let opened = () => {};
    closeDevToolsWhenOpened({
      on: (_event, listener) => (opened = listener),
      closeDevTools: () => steps.push('closeDevTools'),
    });
    expect(steps).toEqual([]);
    opened();
    expect(steps).toEqual(['closeDevTools']);
  });
});

describe('remoteDebuggingSwitch', () => {
  const launchedWith = (...switches: string[]) => ({ hasSwitch: (name: string) => switches.includes(name) });

  it.each(['remote-debugging-port', 'remote-debugging-pipe'])('names --%s', (name) => {
    expect(remoteDebuggingSwitch(launchedWith('lang', name))).toBe(name);
  });

  it('finds nothing in an ordinary launch', () => {
    expect(remoteDebuggingSwitch(launchedWith('lang', 'no-sandbox-and-elevated'))).toBeNull();
  });
});
