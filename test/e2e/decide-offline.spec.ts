import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PostsResponse, SnapshotPage } from '../../shared/api';
import type { Declaration } from '../../shared/domain';

const PASSWORD = 'border-post-demo';

function serverUrl(): string {
  const url = process.env['BORDER_POST_E2E_URL'];
  if (!url) throw new Error('BORDER_POST_E2E_URL is not set: run through test/e2e/playwright.config.ts');
  return url;
}

async function snapshot(request: APIRequestContext, postId: string): Promise<Declaration[]> {
  const all: Declaration[] = [];
  let pageToken: string | null = null;
  do {
    const query = new URLSearchParams({ postId, limit: '500' });
    if (pageToken) query.set('pageToken', pageToken);
    const page = SnapshotPage.parse(
      await (await request.get(`${serverUrl()}/sync/v1/snapshot?${query}`)).json(),
    );
    all.push(...page.declarations);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return all;
}

async function scenario(request: APIRequestContext) {
  const posts = PostsResponse.parse(await (await request.get(`${serverUrl()}/api/v1/posts`)).json()).posts;
  const post = posts.find((candidate) => candidate.jurisdiction === 'kr') ?? posts[0];
  const officer = post?.officers.find((candidate) => candidate.role === 'officer');
  if (!post || !officer) throw new Error('the seeded server has no Korean post with an officer');
  const declarations = await snapshot(request, post.id);
  const target = declarations.find((declaration) => declaration.status === 'selected');
  if (!target) throw new Error('no selected declaration to release');
  return { post, officer, target, total: declarations.length };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.locator('select[name="username"]').selectOption(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test.use({ locale: 'en-US' });

test('a decision made offline survives a reload and is sent when the server is back', async ({
  page,
  request,
}) => {
  const { officer, target, total } = await scenario(request);
  await page.goto(`${serverUrl()}/`);
  await expect(page.getByTestId('declaration-count')).toHaveAttribute('data-count', String(total), {
    timeout: 30_000,
  });
  await signIn(page, officer.username);

  await page.route(/\/(api|sync|auth)\/v1\//, (route) => route.abort('internetdisconnected'));
  await page.evaluate((id) => {
    window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
  }, target.id);
  await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();
  await page.locator('select[name="kind"]').selectOption('release');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText('Decision saved on this device.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('pending-marker')).toBeVisible();

  // Tokens are in memory only; the decision is in IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();
  await expect(page.getByTestId('pending-marker')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');

  await page.unroute(/\/(api|sync|auth)\/v1\//);
  await signIn(page, officer.username);
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });

  const onServer = (await snapshot(request, target.postId)).find(
    (declaration) => declaration.id === target.id,
  );
  expect(onServer?.status).toBe('released');
});
