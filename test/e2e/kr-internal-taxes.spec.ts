import { expect, test } from '@playwright/test';
import { DecimalString, HsCode } from '../../shared/domain';
import { applyCorrections } from '../../shared/domain/corrections';
import { PROBLEM_WORDS } from '../../shared/notice/texts';
import { BUSAN_OFFICER, goOffline, koreanSignIn } from './officer';
import {
  assessWithCli,
  differenceAgainstCli,
  officerDevice,
  openDeclaration,
  panelFigures,
} from './assessment-helpers';

// Issue 10: Korea's internal taxes reach the officer's device in the taxes pack and are assessed
// offline, in the panel's worker, as `npm run assess` assesses them with the shipped table.

test.use({ viewport: { width: 1366, height: 768 } });

const WHISKY = '2208301000';

const LANGUAGES = [
  {
    language: 'en',
    locale: 'en-GB',
    signIn: undefined,
    form: 'Reassess (what-if)',
    compute: 'Compute with this correction',
  },
  {
    language: 'ko',
    locale: 'ko-KR',
    signIn: koreanSignIn,
    form: '재심사 (가정 계산)',
    compute: '이 정정으로 계산',
  },
] as const;

for (const words of LANGUAGES) {
  test.describe(`in ${words.language}`, () => {
    test.use({ locale: words.locale });

    test('an officer reclassifies an item as whisky offline: the panel asks for the liquor category, then levies liquor and education tax as the CLI does', async ({
      page,
      request,
    }) => {
      test.setTimeout(240_000);
      const { declarations } = await officerDevice(page, request, BUSAN_OFFICER, words.signIn);
      const declaration = declarations[0];
      if (!declaration) throw new Error('no Korean declaration');
      const corrected = applyCorrections(declaration, [
        {
          sequence: 1,
          hsCode: HsCode.parse(WHISKY),
          liquorCategory: 'whisky',
          alcoholStrengthPercent: DecimalString.parse('40'),
        },
      ]);
      if (!corrected.ok) throw new Error(corrected.error.message);
      const [before, after] = [await assessWithCli(declaration), await assessWithCli(corrected.value)];

      await goOffline(page);
      await openDeclaration(page, declaration.id);
      await panelFigures(page);

      const form = page.getByRole('form', { name: words.form });
      await form.locator('select[name="item"]').selectOption('1');
      await form.locator('input[name="hsCode"]').fill(WHISKY);
      await form.getByRole('button', { name: words.compute }).click();
      // Whisky's liquor tax turns on its category (주세법 art. 8): not declared, so asked for, not guessed.
      const correctedPanel = page.getByTestId('assessment-panel').last();
      const whiskyItem = correctedPanel.getByTestId('assessment-item').first();
      await expect(whiskyItem).toHaveAttribute('data-problems', '1', { timeout: 60_000 });
      await whiskyItem.locator('summary').click();
      await expect(correctedPanel).toContainText(
        PROBLEM_WORDS[words.language].NATIONAL_RATE_NEEDS_ATTRIBUTE,
        {
          timeout: 60_000,
        },
      );
      await expect(correctedPanel).toContainText('liquor category, which the item does not declare');

      await form.locator('select[name="liquorCategory"]').selectOption('whisky');
      await form.locator('input[name="alcoholStrengthPercent"]').fill('40');
      await form.getByRole('button', { name: words.compute }).click();
      const difference = page.getByTestId('assessment-difference');
      await expect(difference.locator('[data-kind="liquor"]')).toBeVisible({ timeout: 60_000 });
      expect(after.totals.byKind.map((t) => t.kind)).toEqual(expect.arrayContaining(['liquor', 'education']));
      const { shown, expected } = await differenceAgainstCli(page, before, after, 0);
      expect(shown).toEqual(expected);
      // The trace names the article each rate comes from.
      await expect(whiskyItem).toHaveAttribute('data-problems', '0');
      if (!(await whiskyItem.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await whiskyItem.locator('summary').click();
      }
      await expect(correctedPanel).toContainText('주세법 제8조제1항제3호');
      await expect(correctedPanel).toContainText('교육세법 제5조제1항제4호');
      await expect(correctedPanel).not.toContainText(
        PROBLEM_WORDS[words.language].NATIONAL_RATE_NEEDS_ATTRIBUTE,
      );
      await difference.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/e2e/kr-internal-taxes-${words.language}.png` });
    });
  });
}
