import type { Page } from '@playwright/test';
import { DecisionKind } from '../shared/domain/decision';
import { isReasonRequired } from '../shared/domain/decision-rules';
import { firstReasonCode } from '../shared/domain/reason-codes';

/**
 * Fills the app's Decide form with a kind, and for a hold, referral or rejection the first reason of
 * its list, as an officer picks one (the centre refuses those without a reason: REASON_REQUIRED).
 */
export async function chooseDecision(page: Page, kind: string): Promise<void> {
  await page.locator('select[name="kind"]').selectOption(kind);
  const parsed = DecisionKind.parse(kind);
  if (isReasonRequired(parsed))
    await page.locator('select[name="reason"]').selectOption(firstReasonCode(parsed));
}
