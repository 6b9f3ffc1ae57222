import { describe, expect, it } from 'vitest';
import type { CycleResult } from '@shared/sync';
import { startSyncLoop, type LoopReport } from './loop';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function fakeEngine(results: CycleResult[]) {
  const calls: string[] = [];
  return {
    calls,
    engine: {
      recover: async () => {
        calls.push('recover');
        return { ok: true as const, value: undefined };
      },
      syncOnce: async () => {
        calls.push('sync');
        return results.shift() ?? { status: 'synced' as const };
      },
      waitMs: () => 0,
    },
  };
}

describe('the sync loop', () => {
  it('syncs at start, on a poke, on online and on focus, and stops', async () => {
    const { engine, calls } = fakeEngine([]);
    const events = new EventTarget();
    const reports: LoopReport['kind'][] = [];
    const loop = startSyncLoop({
      engine,
      locks: null,
      events,
      report: (r) => reports.push(r.kind),
      timerMs: 60_000,
    });
    await tick();
    loop.poke();
    await tick();
    events.dispatchEvent(new Event('online'));
    await tick();
    events.dispatchEvent(new Event('focus'));
    await tick();
    loop.stop();
    events.dispatchEvent(new Event('online'));
    await tick();
    expect(calls).toEqual(['recover', 'sync', 'sync', 'sync', 'sync']);
    expect(reports.filter((kind) => kind === 'cycle')).toHaveLength(4);
  });

  it('runs again at once when a cycle is incomplete, and waits after a failure', async () => {
    const { engine, calls } = fakeEngine([{ status: 'incomplete' }, { status: 'backing-off', waitMs: 0 }]);
    const loop = startSyncLoop({
      engine,
      locks: null,
      events: new EventTarget(),
      report: () => {},
      timerMs: 60_000,
    });
    await tick();
    const early = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    loop.stop();
    expect([early, calls.length]).toEqual([3, 4]);
  });

  it('leads only while holding the app-wide lock', async () => {
    const { engine, calls } = fakeEngine([]);
    const requested: string[] = [];
    const locks = {
      request: ((name: string) => {
        requested.push(name);
        return new Promise(() => {});
      }) as unknown as LockManager['request'],
    };
    const loop = startSyncLoop({ engine, locks, events: new EventTarget(), report: () => {} });
    await tick();
    loop.stop();
    expect({ requested, calls }).toEqual({ requested: ['border-post-sync'], calls: [] });
  });
});
