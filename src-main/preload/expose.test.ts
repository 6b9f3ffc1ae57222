import { describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, bridgeChannels } from '@shared/ipc/bridge';
import { exposeBridge, type Invoke } from './expose';

/** Exposes the bridge through fakes and returns what the page would see, plus every invoke. */
function exposed() {
  const exposures: [string, unknown][] = [];
  const invocations: unknown[][] = [];
  const pending = new Promise<never>(() => {});
  const invoke: Invoke = (channel, ...args) => {
    invocations.push([channel, ...args]);
    return pending;
  };
  exposeBridge({ exposeInMainWorld: (key, api) => exposures.push([key, api]) }, { invoke });
  return { exposures, invocations, pending };
}

describe('exposeBridge', () => {
  it(`exposes one object, on window.${BRIDGE_GLOBAL}`, () => {
    const { exposures } = exposed();
    expect(exposures.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes exactly the bridge methods, all functions', () => {
    const api = exposed().exposures[0]?.[1];
    expect(api).toBeTypeOf('object');
    const entries = Object.entries(api as object);
    expect(entries.map(([key]) => key).sort()).toEqual(Object.keys(bridgeChannels).sort());
    expect(entries.every(([, value]) => typeof value === 'function')).toBe(true);
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it.each(Object.entries(bridgeChannels))(
    '%s invokes %s with its arguments, and nothing else',
    (method, channel) => {
      const { exposures, invocations, pending } = exposed();
      const api = exposures[0]?.[1] as Record<string, (...args: unknown[]) => unknown>;
      const result = api[method]?.('argument-1', 2);
      expect(invocations).toEqual([[channel, 'argument-1', 2]]);
      expect(result).toBe(pending);
    },
  );
});
