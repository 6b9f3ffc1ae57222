import { describe, expect, it } from 'vitest';
import { openCacheDb } from '../db';
import { useSessionStore, useSyncStore } from '../state';
import type { ApiClient } from '../sync';
import type { SnapshotRequest } from '../sync/api-client';
import type { AppServices } from './services';
import { setRuntimeOwnsPost, syncPost } from './sync-controller';

/** An API that records snapshot requests and answers each with a server error. */
function recordingApi(): { api: ApiClient; requests: SnapshotRequest[] } {
  const requests: SnapshotRequest[] = [];
  const api: ApiClient = {
    getPosts: async () => ({
      ok: false,
      error: { kind: 'http', status: 500, code: 'TEST', message: 'test' },
    }),
    getSnapshotPage: async (request) => {
      requests.push(request);
      return { ok: false, error: { kind: 'http', status: 500, code: 'TEST', message: 'test' } };
    },
  };
  return { api, requests };
}

describe('syncPost beside a running sync runtime', () => {
  it('leaves a post the runtime owns alone: no download, and the phase never goes back to syncing', async () => {
    const { api, requests } = recordingApi();
    const services = { api, db: openCacheDb(`test-cache-${crypto.randomUUID()}`) } as AppServices;
    useSessionStore.getState().selectPost('KR-BUSAN');
    useSyncStore.getState().finishSync(null, true);
    const phases: string[] = [];
    const unsubscribe = useSyncStore.subscribe((state, before) => {
      if (state.phase !== before.phase) phases.push(state.phase);
    });

    setRuntimeOwnsPost('KR-BUSAN', true);
    await syncPost(services, 'KR-BUSAN');
    const whileOwned = { requests: requests.length, phases: [...phases] };

    setRuntimeOwnsPost('KR-BUSAN', false);
    await syncPost(services, 'KR-BUSAN');
    unsubscribe();
    expect({ whileOwned, afterwards: { requests: requests.length, phases } }).toEqual({
      whileOwned: { requests: 0, phases: [] },
      afterwards: { requests: 1, phases: ['syncing', 'failed'] },
    });
  });
});
