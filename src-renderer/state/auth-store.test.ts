import { describe, expect, it } from 'vitest';
import { makeSession } from '../test-utils/fixtures';
import { authStoreSession, useAuthStore } from './auth-store';

describe('the auth store as the session holder of the sync side', () => {
  it('keeps a renewed session and is expired when the server refuses it', () => {
    const renewed = makeSession({ accessToken: 'access-token-renewed-0001' });
    useAuthStore.getState().signIn(makeSession());
    authStoreSession.keep(renewed);
    const kept = [authStoreSession.current(), useAuthStore.getState().expired];
    authStoreSession.expire();
    const { session, expired } = useAuthStore.getState();
    expect([kept, { session, expired }]).toEqual([[renewed, false], { session: null, expired: true }]);
  });
});
