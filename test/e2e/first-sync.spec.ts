import { expect, test, type Page } from '@playwright/test';
import { repoRoot } from './server';
import {
  apiSession,
  BUSAN_OFFICER,
  englishSignIn,
  koreanSignIn,
  ownPost,
  PASSWORD,
  serverUrl,
  snapshot,
  submitSignIn,
  type SignInLabels,
} from './officer';

function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Only the API is cut off: the page itself is still served, as the app bundle is in Electron. */
async function blockApi(page: Page): Promise<void> {
  await page.route(/\/(api|sync|auth)\/v1\//, (route) => route.abort('internetdisconnected'));
}

const cases: {
  locale: string;
  heading: string;
  countLabel: RegExp;
  offlineMessage: string;
  wrongPassword: string;
  signIn: SignInLabels;
}[] = [
  {
    locale: 'ko-KR',
    heading: '수출입 신고',
    countLabel: /신고 [\d,]+건/,
    offlineMessage: '중앙 서버에 연결할 수 없습니다',
    wrongPassword: '사용자 ID 또는 비밀번호가 올바르지 않습니다.',
    signIn: koreanSignIn,
  },
  {
    locale: 'en-US',
    heading: 'Declarations',
    countLabel: /[\d,]+ declarations/,
    offlineMessage: 'The central server cannot be reached',
    wrongPassword: 'The username or the password is wrong.',
    signIn: englishSignIn,
  },
];

for (const { locale, heading, countLabel, offlineMessage, wrongPassword, signIn } of cases) {
  test.describe(`first sync with the browser in ${locale}`, () => {
    test.use({ locale });

    test('signs in first, downloads the officer’s post, then lists it offline after a reload', async ({
      page,
      request,
    }) => {
      const errors = failOnPageErrors(page);
      const session = await apiSession(request, BUSAN_OFFICER);
      const post = await ownPost(request, session);
      const first = await snapshot(request, session, 5);
      expect(first.total).toBeGreaterThan(0);

      // A fresh profile: the sign-in screen, and no list of officers anywhere on it.
      await page.goto(`${serverUrl()}/`);
      await submitSignIn(page, BUSAN_OFFICER, 'not-the-password', signIn);
      await expect(page.getByTestId('sign-in-error')).toHaveText(wrongPassword);
      await expect(page.getByRole('combobox')).toHaveCount(0);
      // The download runs in its own worker, off the thread that draws the worklist.
      const downloader = page.waitForEvent('worker', {
        predicate: (worker) => /first-sync\.worker/.test(worker.url()),
      });
      await submitSignIn(page, BUSAN_OFFICER, PASSWORD, signIn);
      await downloader;

      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByTestId('post-name')).toHaveAttribute('data-post-id', post.id);
      const count = page.getByTestId('declaration-count');
      await expect(count).toHaveAttribute('data-count', String(first.total), { timeout: 30_000 });
      await expect(count).toHaveText(countLabel);
      await expect(page.getByTestId('declaration-row')).toHaveCount(first.total);
      for (const { reference } of first.declarations.slice(0, 3)) {
        await expect(page.getByRole('link', { name: reference, exact: true })).toBeVisible();
      }
      await expect(page.locator('.sync-bar')).toHaveAttribute('data-phase', 'done');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));

      // Kept with the test results for a person to look at; assets/screenshot.png is copied from here.
      await page.screenshot({ path: `${repoRoot}/test-results/e2e/worklist-${locale}.png` });

      // A reload with the server gone: the session is restored from the device (no password asked)
      // and the list comes from IndexedDB.
      await blockApi(page);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(count).toHaveAttribute('data-count', String(first.total));
      await expect(page.getByTestId('declaration-row')).toHaveCount(first.total);
      await expect(
        page.getByRole('link', { name: first.declarations[0]?.reference ?? '', exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(offlineMessage);
      await expect(page.getByRole('heading', { level: 1, name: signIn.heading })).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });
}
