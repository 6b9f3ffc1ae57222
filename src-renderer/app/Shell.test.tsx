import { fireEvent, screen } from '@testing-library/react';
import { useRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { authStoreSession, useAuthStore } from '../state';
import { openTestCacheDb } from '../test-utils/db';
import { fakeSnapshotServer, json } from '../test-utils/fake-api';
import { makeDeclaration, makePost, makeSession } from '../test-utils/fixtures';
import { renderScreen } from '../test-utils/render';
import { createApiClient, sessionAuth, type AuthClient, type FetchLike } from '../sync';
import type { CacheDb } from '../db';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

const post = makePost();
const declarations = Array.from({ length: 5 }, (_, index) => makeDeclaration({ id: `D-${index}` }));
const deviceId = DeviceId.parse('device-test-0001');

/** The central API as the officer's post sees it: nothing at all without the session's token. */
function officerServer() {
  const snapshot = fakeSnapshotServer('KR-ICN', declarations, 2);
  const requests: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    const authorization = new Headers(init.headers).get('authorization');
    requests.push(`${url.replace('http://127.0.0.1:4010', '')} ${authorization ?? 'no token'}`);
    if (authorization !== `Bearer ${makeSession().accessToken}`) {
      return json({ error: { code: 'UNAUTHENTICATED', message: 'sign in first' } }, 401);
    }
    return url.endsWith('/api/v1/posts') ? json({ posts: [post] }) : snapshot.fetch(url, init);
  };
  return { fetch, requests };
}

const unreachable: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));

/** Refresh tokens the fake auth client was asked to end on the server. */
const loggedOut: string[] = [];

function render(
  db: CacheDb,
  fetch: FetchLike,
  login: AuthClient['login'] = async () => ({
    ok: false,
    error: { kind: 'invalid-credentials' },
  }),
) {
  const auth: AuthClient = {
    login,
    refresh: async () => ({ ok: false, error: { kind: 'refresh-rejected' } }),
    logout: async (refreshToken) => {
      loggedOut.push(refreshToken);
      return true;
    },
  };
  const session = sessionAuth({ auth, deviceId, holder: authStoreSession });
  const api = createApiClient({ baseUrl: 'http://127.0.0.1:4010', fetch, auth: session });
  return renderScreen(<AppRoutes />, { db, api, services: { auth, session, deviceId } });
}

describe('the app shell', () => {
  it('asks a device with no session and no cache to sign in first, and fetches nothing before', async () => {
    const server = officerServer();
    render(openTestCacheDb(), server.fetch);
    expect(await screen.findByRole('heading', { name: 'Officer sign-in' })).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeInstanceOf(HTMLInputElement);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it("signs in, then downloads the officer's post with the session's token", async () => {
    const server = officerServer();
    const logins: string[] = [];
    render(openTestCacheDb(), server.fetch, async (username, password) => {
      logins.push(`${username}:${password}`);
      return { ok: true, value: makeSession() };
    });
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'Kim.Officer ' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'border-post-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect(await screen.findByText('Up to date')).toBeTruthy();
    expect(screen.getByTestId('post-name').textContent).toBe('Border postIncheon Customs (040)');
    expect(logins).toEqual(['kim.officer:border-post-demo']);
    const bearer = `Bearer ${makeSession().accessToken}`;
    expect(server.requests).toEqual([
      `/api/v1/posts ${bearer}`,
      `/sync/v1/snapshot?postId=KR-ICN ${bearer}`,
      `/sync/v1/snapshot?postId=KR-ICN&pageToken=p1 ${bearer}`,
      `/sync/v1/snapshot?postId=KR-ICN&pageToken=p2 ${bearer}`,
    ]);
    expect(localStorage.getItem('border-post.post')).toBe('KR-ICN');
  });

  it('downloads at once for a session restored on start, without the sign-in screen', async () => {
    useAuthStore.getState().signIn(makeSession());
    render(openTestCacheDb(), officerServer().fetch);
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Officer sign-in' })).toBeNull();
  });

  it('switches the whole UI language and the document language', async () => {
    useAuthStore.getState().signIn(makeSession());
    render(openTestCacheDb(), officerServer().fetch);
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '한국어' }));
    expect(await screen.findByRole('heading', { name: '수출입 신고' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '신고번호' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem('border-post.language')).toBe('ko');
  });

  it('works from the cache when the server cannot be reached', async () => {
    const db = openTestCacheDb();
    useAuthStore.getState().signIn(makeSession());
    render(db, officerServer().fetch);
    await screen.findByText('5 declarations');
    document.body.innerHTML = '';

    render(db, unreachable);
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect(
      await screen.findByText('The central server cannot be reached. Working from the local copy.'),
    ).toBeTruthy();
  });

  it('signs out from the header: the server is told, the device forgets, the sign-in screen shows', async () => {
    const db = openTestCacheDb();
    useAuthStore.getState().signIn(makeSession());
    render(db, officerServer().fetch);
    await screen.findByText('5 declarations');
    loggedOut.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Officer sign-in' })).toBeTruthy();
    expect({ loggedOut, session: useAuthStore.getState().session }).toEqual({
      loggedOut: [makeSession().refreshToken],
      session: null,
    });
  });

  it('shows the cached declarations with nobody signed in, and says to sign in when online', async () => {
    const db = openTestCacheDb();
    useAuthStore.getState().signIn(makeSession());
    render(db, officerServer().fetch);
    await screen.findByText('Up to date');
    document.body.innerHTML = '';
    useAuthStore.getState().signOut(false);

    const server = officerServer();
    render(db, server.fetch);
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect(screen.getByTestId('signed-out-notice').textContent).toBe(
      'Not signed in: showing the declarations stored on this device. Sign in when online to sync and decide.',
    );
    expect(server.requests).toEqual([]);
  });
});
