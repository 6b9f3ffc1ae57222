import { expect, test } from '@playwright/test';
import { apiSession, BUSAN_OFFICER, signInAndSync, snapshot } from './officer';

test.use({ locale: 'en-US' });

// Issue 11, items 5 and 8: a correction request (정정 요구) decided with the network gone names the
// fields the declarant must correct, says before saving what will happen, and is applied by the
// centre when the network returns: the goods held, the fields in the declaration's history.
test('a correction request decided offline is applied when the network returns', async ({
  page,
  context,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  // From the end of the list, clear of the other specs' declarations.
  const target = declarations.filter((declaration) => declaration.status === 'selected').at(-5);
  if (!target) throw new Error('no selected declaration to ask a correction of');

  await signInAndSync(page, BUSAN_OFFICER, total);
  await context.setOffline(true);
  await page.evaluate((id) => {
    window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
  }, target.id);
  await expect(page.getByRole('heading', { level: 1, name: target.reference })).toBeVisible();

  await page.locator('select[name="kind"]').selectOption('request-correction');
  await page.locator('select[name="reason"]').selectOption('VALUE_QUERY');
  await page.getByRole('checkbox', { name: 'Customs value or price' }).check();
  await page.getByRole('checkbox', { name: 'Country of origin' }).check();
  await page.getByRole('button', { name: 'Save decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm the decision' });
  await expect(dialog).toContainText(
    `Ask the declarant to correct ${target.reference} (Customs value or price, Country of origin): the goods are held until it is corrected; saved on this device, sent to the centre when online.`,
  );
  // Esc goes back to the form with nothing saved; saving again asks again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await dialog.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('Decision saved on this device.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('pending-marker')).toBeVisible();
  await expect(page.getByTestId('decide-undo-explained')).toContainText('undo is a new decision');

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 60_000 });

  const after = await snapshot(request, session);
  const declaration = after.declarations.find((candidate) => candidate.id === target.id);
  const entry = after.history.find(
    (candidate) => candidate.declarationId === target.id && candidate.kind === 'request-correction',
  );
  expect({
    status: declaration?.status,
    version: declaration?.version,
    reason: entry?.reasonCode,
    fields: entry?.correctionFields,
  }).toEqual({
    status: 'held',
    version: target.version + 1,
    reason: 'VALUE_QUERY',
    fields: ['value', 'origin'],
  });
});
