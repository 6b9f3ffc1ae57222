import { fireEvent, screen } from '@testing-library/react';
import { useRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { replacePosts } from '../db';
import { openTestCacheDb } from '../test-utils/db';
import { fakeSnapshotServer } from '../test-utils/fake-api';
import { makeDeclaration, makePost } from '../test-utils/fixtures';
import { renderScreen } from '../test-utils/render';
import { createApiClient, type FetchLike } from '../sync';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

const posts = [
  makePost({
    id: 'GB-DVR',
    name: 'Dover',
    nameLocal: 'Dover',
    jurisdiction: 'uk',
    timezone: 'Europe/London',
  }),
  makePost(),
];
const declarations = Array.from({ length: 5 }, (_, index) => makeDeclaration({ id: `D-${index}` }));

function serverApi() {
  const snapshot = fakeSnapshotServer('KR-ICN', declarations, 2);
  const fetch: FetchLike = async (url, init) =>
    url.endsWith('/api/v1/posts')
      ? new Response(JSON.stringify({ posts }), { status: 200 })
      : snapshot.fetch(url, init);
  return createApiClient({ baseUrl: 'http://127.0.0.1:4010', fetch });
}

describe('the app shell', () => {
  it('downloads the first Korean post and lists its declarations', async () => {
    renderScreen(<AppRoutes />, { db: openTestCacheDb(), api: serverApi() });
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('KR-ICN');
    expect(await screen.findByText('Up to date')).toBeTruthy();
    expect(screen.getAllByText('DEMO DATA').length).toBeGreaterThan(0);
  });

  it('switches the whole UI language and the document language', async () => {
    renderScreen(<AppRoutes />, { db: openTestCacheDb(), api: serverApi() });
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '한국어' }));
    expect(await screen.findByRole('heading', { name: '수출입 신고' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /신고번호/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem('border-post.language')).toBe('ko');
  });

  it('works from the cache when the server cannot be reached', async () => {
    const db = openTestCacheDb();
    await replacePosts(db, posts);
    const online = serverApi();
    renderScreen(<AppRoutes />, { db, api: online });
    await screen.findByText('5 declarations');
    document.body.innerHTML = '';

    renderScreen(<AppRoutes />, { db });
    expect(await screen.findByText('5 declarations')).toBeTruthy();
    expect(
      await screen.findByText('The central server cannot be reached. Working from the local copy.'),
    ).toBeTruthy();
  });
});
