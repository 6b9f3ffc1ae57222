import { expect, test } from '@playwright/test';
import { DecisionCommand } from '../../shared/domain';
import {
  apiSession,
  BUSAN_OFFICER,
  decideOn,
  englishSignIn,
  goOffline,
  goOnline,
  koreanSignIn,
  signInAndSync,
  snapshot,
  pushDecision,
} from './officer';

// Issue 8, point 5: a release made offline on a version a colleague has since put on hold must not
// let the goods go. It comes back DECIDED_SINCE_VIEWED and lands in Needs attention, naming the hold.
const COLLEAGUE = 'park.supervisor';
const LANGUAGES = [
  { locale: 'en-US', save: 'Save decision', reason: 'another officer decided on it since you viewed it' },
  { locale: 'ko-KR', save: '처분 저장', reason: '조회 후 다른 세관원이 처분했습니다' },
] as const;

for (const [index, language] of LANGUAGES.entries()) {
  test.describe(language.locale, () => {
    test.use({ locale: language.locale, viewport: { width: 1366, height: 768 } });

    test('a release made offline after a colleague held the declaration lands in Needs attention', async ({
      page,
      request,
    }) => {
      const session = await apiSession(request, BUSAN_OFFICER);
      const { total, declarations } = await snapshot(request, session);
      // From the end of the list, so the other specs' declarations stay untouched.
      const target = declarations.filter((declaration) => declaration.status === 'selected').at(-1 - index);
      if (!target) throw new Error('no selected declaration left');

      await signInAndSync(
        page,
        BUSAN_OFFICER,
        total,
        language.locale === 'en-US' ? englishSignIn : koreanSignIn,
      );

      // Offline, kim releases the version on screen…
      await goOffline(page);
      await decideOn(page, target.id, 'release', language.save);
      await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');

      // …while the supervisor, online, puts it on hold.
      const colleague = await apiSession(request, COLLEAGUE);
      const hold = DecisionCommand.parse({
        decisionId: `01900000-0000-7000-8000-${String(900 + index).padStart(12, '0')}`,
        deviceId: `e2e-api-${COLLEAGUE.replace('.', '-')}`,
        seq: 1 + index,
        declarationId: target.id,
        baseVersion: target.version,
        kind: 'hold',
        officerId: colleague.officer.id,
        reasonCode: 'DOCS_MISSING',
        note: 'seal number does not match',
        decidedAt: new Date().toISOString(),
        supersedes: null,
      });
      expect(await pushDecision(request, colleague, hold)).toBe('APPLIED');

      await goOnline(page);
      await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });
      await page.evaluate(() => {
        window.location.hash = '#/attention';
      });
      const item = page.getByTestId('attention-item');
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(language.reason);
      await expect(item.getByTestId('attention-intervening')).toContainText(colleague.officer.displayName);
      await page.screenshot({
        path: `test-results/e2e/attention-decided-since-viewed-${language.locale}.png`,
      });

      const onServer = (await snapshot(request, session)).declarations.find((d) => d.id === target.id);
      expect(onServer?.status).toBe('held');
    });
  });
}
