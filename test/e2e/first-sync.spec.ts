import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PostsResponse, SnapshotPage } from '../../shared/api';
import { repoRoot } from './server';

function serverUrl(): string {
  const url = process.env['BORDER_POST_E2E_URL'];
  if (!url) throw new Error('BORDER_POST_E2E_URL is not set: run through test/e2e/playwright.config.ts');
  return url;
}

/** What the app should show by default: the first Korean post, and its whole snapshot. */
async function expectedWorklist(request: APIRequestContext) {
  const posts = PostsResponse.parse(await (await request.get(`${serverUrl()}/api/v1/posts`)).json()).posts;
  const post = posts.find((candidate) => candidate.jurisdiction === 'kr') ?? posts[0];
  if (!post) throw new Error('the seeded server has no posts');
  const query = new URLSearchParams({ postId: post.id, limit: '5' });
  const page = SnapshotPage.parse(
    await (await request.get(`${serverUrl()}/sync/v1/snapshot?${query}`)).json(),
  );
  return {
    post,
    total: page.total,
    references: page.declarations.map((declaration) => declaration.reference),
  };
}

function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Only the API is cut off: the page itself is still served, as the app bundle is in Electron. */
async function blockApi(page: Page): Promise<void> {
  await page.route(/\/(api|sync)\/v1\//, (route) => route.abort('internetdisconnected'));
}

const cases = [
  {
    locale: 'ko-KR',
    heading: '수출입 신고',
    countLabel: /신고 [\d,]+건/,
    offlineMessage: '중앙 서버에 연결할 수 없습니다',
  },
  {
    locale: 'en-US',
    heading: 'Declarations',
    countLabel: /[\d,]+ declarations/,
    offlineMessage: 'The central server cannot be reached',
  },
] as const;

for (const { locale, heading, countLabel, offlineMessage } of cases) {
  test.describe(`first sync with the browser in ${locale}`, () => {
    test.use({ locale });

    test('downloads the post’s declarations, then lists them offline from IndexedDB', async ({
      page,
      request,
    }) => {
      const errors = failOnPageErrors(page);
      const expected = await expectedWorklist(request);
      expect(expected.total).toBeGreaterThan(0);

      await page.goto(`${serverUrl()}/`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('combobox')).toHaveValue(expected.post.id);
      const count = page.getByTestId('declaration-count');
      await expect(count).toHaveAttribute('data-count', String(expected.total), { timeout: 30_000 });
      await expect(count).toHaveText(countLabel);
      await expect(page.getByTestId('declaration-row')).toHaveCount(expected.total);
      for (const reference of expected.references.slice(0, 3)) {
        await expect(page.getByRole('link', { name: reference, exact: true })).toBeVisible();
      }
      await expect(page.locator('.sync-bar')).toHaveAttribute('data-phase', 'done');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));

      // Kept with the test results for a person to look at; assets/screenshot.png is copied from here.
      await page.screenshot({ path: `${repoRoot}/test-results/e2e/worklist-${locale}.png` });

      await blockApi(page);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(count).toHaveAttribute('data-count', String(expected.total));
      await expect(page.getByTestId('declaration-row')).toHaveCount(expected.total);
      await expect(page.getByRole('link', { name: expected.references[0] ?? '', exact: true })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(offlineMessage);
      expect(errors).toEqual([]);
    });
  });
}
