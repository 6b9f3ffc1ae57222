import { expect, test } from '@playwright/test';
import { officerDevice } from './assessment-helpers';
import { serverUrl } from './officer';

test.use({ locale: 'en-US' });

/** The demo officer of Dover (GB-DOVER): the UK tariff pack. */
const DOVER_OFFICER = 'clarke.officer';

test('an officer finds a tariff line by words on the Tariff page, offline, and sees its measures', async ({
  page,
  request,
}) => {
  await officerDevice(page, request, DOVER_OFFICER);

  // Everything the search needs is on the device: the pack in IndexedDB, the headings in the bundle.
  await page.route(`${serverUrl()}/{api,sync,auth}/v1/**`, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Tariff' }).click();
  const search = page.getByRole('combobox', { name: 'Search the tariff' });
  await expect(search).toBeVisible({ timeout: 60_000 });
  await search.pressSequentially('frozen shrimp');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('0306.17');
  await expect(first.locator('mark').first()).toHaveText('Frozen');

  await search.press('Enter');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  const measures = page.getByRole('region', { name: /^Measures of 0306\.17/ });
  await expect(measures.getByRole('row').nth(1)).toContainText('Third-country duty');
});
