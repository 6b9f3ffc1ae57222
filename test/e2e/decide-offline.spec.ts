import { expect, test } from '@playwright/test';
import { apiSession, BUSAN_OFFICER, decideOn, goOffline, goOnline, signInAndSync, snapshot } from './officer';

test.use({ locale: 'en-US' });

test('a decision made offline survives a reload and is sent when the server is back', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  const target = declarations.find((declaration) => declaration.status === 'selected');
  if (!target) throw new Error('no selected declaration to release');

  // A fresh profile: sign in first; the first sync then downloads the officer's post.
  await signInAndSync(page, BUSAN_OFFICER, total);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await goOffline(page);
  await decideOn(page, target.id, 'release');
  await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();
  await expect(page.getByText('Decision saved on this device.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('pending-marker')).toBeVisible();

  // The decision is in IndexedDB and the session on the device: a reload offline asks for nothing.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();
  await expect(page.getByTestId('pending-marker')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The network returns: the browser says `online`, and the sync loop sends the decision.
  await goOnline(page);
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });

  const onServer = (await snapshot(request, session)).declarations.find(
    (declaration) => declaration.id === target.id,
  );
  expect(onServer?.status).toBe('released');
});
