import { describe, expect, it } from 'vitest';
import { useAuthStore } from '../state';
import { makeSession } from '../test-utils/fixtures';
import { keepSession, storedSession } from './session-persistence';

const KEY = 'border-post.session';

describe('the session kept on the device', () => {
  it('restores a stored session into the auth store, so a reload does not ask for the password', () => {
    localStorage.setItem(KEY, JSON.stringify(makeSession()));
    const stop = keepSession(localStorage);
    expect(useAuthStore.getState().session).toEqual(makeSession());
    stop();
  });

  it('writes every new session (sign-in and refresh) and removes it on sign-out', () => {
    const stop = keepSession(localStorage);
    useAuthStore.getState().signIn(makeSession());
    const afterSignIn = storedSession(localStorage);
    const rotated = makeSession({ refreshToken: 'refresh-token-rotated-0001' });
    useAuthStore.getState().signIn(rotated);
    const afterRefresh = storedSession(localStorage);
    useAuthStore.getState().signOut(true);
    expect([afterSignIn, afterRefresh, localStorage.getItem(KEY)]).toEqual([makeSession(), rotated, null]);
    stop();
  });

  it.each([
    ['not JSON', '{'],
    ['not a session', JSON.stringify({ accessToken: 'x' })],
  ])('treats a stored entry that is %s as no session', (_, raw) => {
    localStorage.setItem(KEY, raw);
    const stop = keepSession(localStorage);
    expect(useAuthStore.getState().session).toBeNull();
    stop();
  });
});
