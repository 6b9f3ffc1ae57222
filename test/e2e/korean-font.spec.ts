import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BUNDLED_FONT_FAMILY } from '../../shared/notice/fonts';
import { BUSAN_OFFICER, koreanSignIn, PASSWORD, serverUrl, submitSignIn } from './officer';

// The test machine has system CJK fonts, so "the Korean shows" proves nothing: Chromium's own
// record of the font each glyph was drawn with does. A missing @font-face, a CSP that blocks the
// file or a font without Hangul makes these fonts system ones (e.g. Noto Sans CJK KR) and fails.
test.use({ locale: 'ko-KR', viewport: { width: 1366, height: 768 } });

type UsedFont = { familyName: string; isCustomFont: boolean };

/** The fonts Chromium drew the first element matching `selector` with (DevTools protocol). */
async function fontsDrawingWith(page: Page, selector: string): Promise<UsedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }));
}

const bundledOnly = [
  { familyName: expect.stringMatching(new RegExp(`^${BUNDLED_FONT_FAMILY}`)), isCustomFont: true },
];

/** Screenshots for a person to look at, when SHOTS_DIR names a folder. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env['SHOTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}

test('Korean labels are drawn with the bundled font, not a system one', async ({ page }) => {
  await page.goto(`${serverUrl()}/`);
  await expect(page.getByRole('heading', { level: 1, name: koreanSignIn.heading })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate((family) => document.fonts.check(`16px "${family}"`, '한국어'), BUNDLED_FONT_FAMILY),
  ).toBe(true);
  expect(await fontsDrawingWith(page, 'h1')).toEqual(bundledOnly);
  await shoot(page, 'ko-sign-in-1366x768');

  await submitSignIn(page, BUSAN_OFFICER, PASSWORD, koreanSignIn);
  await expect(page.locator('.language-switch button[lang="ko"]')).toHaveText('한국어');
  await expect(page.getByTestId('declaration-count')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  expect(await fontsDrawingWith(page, '.language-switch button[lang="ko"]')).toEqual(bundledOnly);
  await shoot(page, 'ko-worklist-1366x768');
});
