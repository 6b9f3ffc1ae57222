import type { Page } from '@playwright/test';
import { DecisionKind } from '../shared/domain/decision';
import { isReasonRequired } from '../shared/domain/decision-rules';
import { firstReasonCode } from '../shared/domain/reason-codes';

/**
 * Fills the app's Decide form with a kind, and for a kind that needs one the first reason of its
 * list, as an officer picks one (the centre refuses those without a reason: REASON_REQUIRED).
 * The caller then clicks Save; the confirmation that follows is answered by `confirmDecisions`.
 */
export async function chooseDecision(page: Page, kind: string): Promise<void> {
  await fillDecision(page, kind);
  await confirmDecisions(page);
}

/** The kind and, where it needs one, the first reason of its list; no confirmation is answered. */
export async function fillDecision(page: Page, kind: string): Promise<void> {
  await page.locator('select[name="kind"]').selectOption(kind);
  const parsed = DecisionKind.parse(kind);
  if (isReasonRequired(parsed))
    await page.locator('select[name="reason"]').selectOption(firstReasonCode(parsed));
}

const confirming = new WeakSet<Page>();

/**
 * Save asks for a confirmation that says what will happen (issue 11): from now on, whenever it
 * shows on `page`, it is confirmed, as an officer who has read it would, before the page's next
 * action or assertion (Playwright's locator handler). The drivers that only decide (chaos, the
 * older specs) keep clicking Save once; specs about the confirmation itself do not call this.
 */
export async function confirmDecisions(page: Page): Promise<void> {
  if (confirming.has(page)) return;
  confirming.add(page);
  const dialog = page.getByTestId('decide-confirm');
  await page.addLocatorHandler(dialog, async () => {
    // The first button confirms, in either language.
    await dialog.getByRole('button').first().click();
  });
}
