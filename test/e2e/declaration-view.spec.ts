import { expect, test } from '@playwright/test';
import { DecisionCommand } from '../../shared/domain';
import {
  apiSession,
  BUSAN_OFFICER,
  englishSignIn,
  koreanSignIn,
  signInAndSync,
  snapshot,
  pushDecision,
} from './officer';

// Issue 11, point 4: the declaration view tells the officer what changed since they last opened it,
// who decided (and in which role), and how old the copy on the device is when the network is gone.
const COLLEAGUE = 'park.supervisor';
const LANGUAGES = [
  {
    locale: 'en-US',
    labels: englishSignIn,
    changed: /\d+ changes? since you last opened it/,
    held: 'Held',
    supervisor: '(supervisor)',
    offline: 'Offline: the copy on this device is as of',
  },
  {
    locale: 'ko-KR',
    labels: koreanSignIn,
    changed: /마지막으로 연 뒤 변경 \d+건/,
    held: '보류',
    supervisor: '(감독관)',
    offline: '오프라인: 이 단말의 사본은',
  },
] as const;

for (const [index, language] of LANGUAGES.entries()) {
  test.describe(language.locale, () => {
    test.use({ locale: language.locale, viewport: { width: 1366, height: 768 } });

    test('a colleague’s hold shows as changes since the last visit, with who decided, and the copy’s age offline', async ({
      page,
      request,
    }) => {
      const session = await apiSession(request, BUSAN_OFFICER);
      const { total, declarations } = await snapshot(request, session);
      // Away from both ends of the list, which the other specs take their declarations from.
      const open = declarations.filter((declaration) =>
        ['selected', 'assessed'].includes(declaration.status),
      );
      const target = open.at(Math.floor(open.length / 2) + index);
      if (!target) throw new Error('no selected or assessed declaration in the middle of the list');
      await signInAndSync(page, BUSAN_OFFICER, total, language.labels);

      await page.evaluate((id) => {
        window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
      }, target.id);
      await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();
      // A first visit: nothing to compare with.
      await expect(page.getByTestId('changes-since')).toHaveCount(0);

      const colleague = await apiSession(request, COLLEAGUE, `e2e-api-view-${index}`);
      const hold = DecisionCommand.parse({
        decisionId: `01900000-0000-7000-8000-${String(950 + index).padStart(12, '0')}`,
        deviceId: `e2e-api-view-${index}`,
        seq: 1,
        declarationId: target.id,
        baseVersion: target.version,
        kind: 'hold',
        officerId: colleague.officer.id,
        reasonCode: 'DOCS_MISSING',
        note: 'packing list missing',
        decidedAt: new Date().toISOString(),
        supersedes: null,
      });
      expect(await pushDecision(request, colleague, hold)).toBe('APPLIED');

      // The change reaches the device while the page is open: status and version, field by field.
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      const changes = page.getByTestId('changes-since');
      await expect(changes).toContainText(language.changed, { timeout: 30_000 });
      await expect(changes.locator('tr[data-field="status"] .changes-after')).toHaveText(language.held);
      const history = page.getByTestId('decision-history');
      await expect(history).toContainText(`${colleague.officer.displayName} ${language.supervisor}`);
      await expect(history).toContainText('DOCS_MISSING');
      await expect(history).toContainText('packing list missing');

      await page.context().setOffline(true);
      await expect(page.getByTestId('cache-age')).toContainText(language.offline);
      await page.screenshot({
        path: `test-results/e2e/declaration-view-${language.locale}.png`,
        fullPage: false,
      });
      await page.context().setOffline(false);
    });
  });
}
