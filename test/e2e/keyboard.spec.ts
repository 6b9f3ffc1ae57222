import { expect, test, type Page } from '@playwright/test';
import { apiSession, BUSAN_OFFICER, koreanSignIn, signInAndSync, snapshot } from './officer';

// Issue 11, items 2 and 3: an officer works from the keyboard, and a barcode scanner (a keyboard
// that types the number in a burst and presses Enter) opens a declaration from any screen.
test.use({ viewport: { width: 1366, height: 768 } });

/** Nothing focused, as after a click on the page's background: where a scanner's keys arrive. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/**
 * Resolves once the page draws ten frames in a row without a long one. A real scanner's keys carry
 * the time the hardware sent them, however busy the page; Playwright's carry the time each is
 * dispatched, after the page answered the one before, so a scan typed while the page is still
 * busy with the first sync would arrive as slow typing.
 */
const responsive = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quickFrames = 0;
        let last = performance.now();
        const frame = (now: number) => {
          quickFrames = now - last < 50 ? quickFrames + 1 : 0;
          last = now;
          if (quickFrames >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );

/** The scanner: every character with no pause, then Enter. */
async function scan(page: Page, number: string): Promise<void> {
  await responsive(page);
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
}

const declarationUrl = (id: string) => new RegExp(`#/declarations/${encodeURIComponent(id)}$`);

test('a scanned number opens its declaration from the worklist and from another declaration', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  const [first, second] = declarations;
  if (!first || !second) throw new Error('the demo post has fewer than two declarations');
  await signInAndSync(page, BUSAN_OFFICER, total);

  await blur(page);
  // A scanner reads the printed number without its dashes.
  await scan(page, first.reference.replace(/-/g, ''));
  await expect(page).toHaveURL(declarationUrl(first.id));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first.reference);

  await blur(page);
  await scan(page, second.reference);
  await expect(page).toHaveURL(declarationUrl(second.id));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(second.reference);
});

test('a scanned number that is not in the local copy is named, kept in the field, and nothing moves', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total } = await snapshot(request, session);
  await signInAndSync(page, BUSAN_OFFICER, total);
  await page.getByRole('link', { name: 'Tariff' }).click();
  await expect(page).toHaveURL(/#\/tariff$/);

  await blur(page);
  await scan(page, '99999-26-9999999');
  await expect(page.getByRole('status').filter({ hasText: '99999-26-9999999' })).toHaveText(
    'No declaration numbered 99999-26-9999999 is in the local copy of this post.',
  );
  await expect(page.getByRole('searchbox', { name: 'Open by declaration number' })).toHaveValue(
    '99999-26-9999999',
  );
  await expect(page).toHaveURL(/#\/tariff$/);
});

test('Ctrl+K and F2 focus the header field, which opens a number typed any way', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  const target = declarations[2];
  if (!target) throw new Error('the demo post has fewer than three declarations');
  await signInAndSync(page, BUSAN_OFFICER, total);
  const field = page.getByRole('searchbox', { name: 'Open by declaration number' });

  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.type('nope 0000');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('No declaration numbered nope 0000 is in the local copy of this post.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);

  await blur(page);
  await page.keyboard.press('F2');
  await expect(field).toBeFocused();
  // The rejected number is selected: what is typed next replaces it.
  await page.keyboard.type(` ${target.reference.replace(/-/g, ' ').toLowerCase()} `, { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(declarationUrl(target.id));
  await expect(field).toHaveValue('');
});

test('/ focuses the worklist search, ? lists the shortcuts in a modal, Esc closes it and goes back', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  const target = declarations[3];
  if (!target) throw new Error('the demo post has fewer than four declarations');
  await signInAndSync(page, BUSAN_OFFICER, total);

  await blur(page);
  await page.keyboard.press('/');
  const search = page.locator('[data-shortcut="search"]');
  await expect(search).toBeFocused();
  // While typing, shortcut keys are text.
  await page.keyboard.type('?g');
  await expect(search).toHaveValue('?g');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await search.fill('');
  await page.keyboard.press('Escape');
  await expect(search).not.toBeFocused();

  const shortcutsButton = page.getByRole('button', { name: /Shortcuts/ });
  await shortcutsButton.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Search the worklist/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Worklist: open the declaration/ })).toBeVisible();
  // Focus stays in the dialog, and keys meant for the page behind do nothing.
  for (let tab = 0; tab < 3; tab++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/#\/$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(shortcutsButton).toBeFocused();

  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/#\/attention$/);
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/#\/tariff$/);

  await page.evaluate((id) => {
    window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
  }, target.id);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(target.reference);
  await blur(page);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('? lists the shortcuts in Korean', async ({ page, request }) => {
    const session = await apiSession(request, BUSAN_OFFICER);
    const { total } = await snapshot(request, session);
    await signInAndSync(page, BUSAN_OFFICER, total, koreanSignIn);
    await blur(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '단축키' });
    await expect(dialog.getByRole('row', { name: /심사 목록 검색/ })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /신고번호로 신고 열기/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
