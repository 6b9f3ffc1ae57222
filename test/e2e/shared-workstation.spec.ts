import { expect, test, type Page } from '@playwright/test';
import {
  API_CALLS,
  apiSession,
  BUSAN_OFFICER,
  decideOn,
  goOffline,
  PASSWORD,
  signInAndSync,
  snapshot,
  submitSignIn,
} from './officer';

// Issue 8, point 1: officers who take turns on one workstation lose nothing. Kim decides offline
// and signs out; the supervisor signs in on the same device and syncs, which must neither send nor
// settle kim's decision (only kim's session may); it waits, named, until kim signs in again.
const SUPERVISOR = 'park.supervisor';

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } });

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Officer sign-in' })).toBeVisible();
}

test("another officer's sign-in on a shared workstation neither sends nor loses a pending decision", async ({
  page,
  request,
}) => {
  const kim = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, kim);
  const target = declarations.filter((declaration) => declaration.status === 'selected').at(-3);
  if (!target) throw new Error('no selected declaration left');

  await signInAndSync(page, BUSAN_OFFICER, total);
  await goOffline(page);
  await decideOn(page, target.id, 'hold');
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await signOut(page);

  // The network is back; the supervisor takes the workstation and syncs.
  await page.unroute(API_CALLS);
  await submitSignIn(page, SUPERVISOR, PASSWORD);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/attention';
  });
  const waiting = page.getByTestId('attention-other-officer');
  await expect(waiting).toContainText(target.id);
  await expect(waiting).toContainText(`Waiting for ${kim.officer.displayName} to sign in`);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await page.screenshot({ path: 'test-results/e2e/attention-shared-workstation-en-US.png' });
  const untouched = (await snapshot(request, kim)).declarations.find((d) => d.id === target.id);
  expect(untouched?.version).toBe(target.version);

  // Kim signs in again: the decision goes, from kim's own session.
  await signOut(page);
  await submitSignIn(page, BUSAN_OFFICER, PASSWORD);
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });
  const held = (await snapshot(request, kim)).declarations.find((d) => d.id === target.id);
  expect(held?.status).toBe('held');
});
