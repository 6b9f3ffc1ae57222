import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { REFERENCE_VERSION_HEADER, ReferenceManifest } from '../../shared/api/reference-v1';
import { apiSession, serverUrl, signInAndSync, snapshot } from './officer';

test.use({ locale: 'en-US' });

/** The demo officer of Dover (GB-DOVER): UK packs, the smaller ones. */
const DOVER_OFFICER = 'clarke.officer';

test('a tariff pack cut off mid-download leaves the previous version in use, and switches in once it arrives whole', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, DOVER_OFFICER);
  const { total } = await snapshot(request, session);

  // The next tariff version, as the server would publish it: the same schedule, a new label.
  const current = await request.get(`${serverUrl()}/sync/v1/reference/tariff?jurisdiction=uk`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const next = {
    ...(await current.json()),
    label: 'UK Global Tariff 2021-01-01 (republished for this test)',
  };
  const nextBody = Buffer.from(JSON.stringify(next), 'utf8');
  const nextEtag = `"${createHash('sha256').update(nextBody).digest('base64url')}"`;

  let publishNext = false;
  let deliverWhole = false;
  const attempts: number[] = [];
  await page.route('**/sync/v1/reference?jurisdiction=uk', async (route) => {
    const response = await route.fetch();
    const manifest = ReferenceManifest.parse(await response.json());
    if (publishNext)
      manifest.packs = manifest.packs.map((pack) =>
        pack.kind === 'tariff'
          ? { ...pack, version: 2, etag: nextEtag, label: next.label, bytes: nextBody.byteLength }
          : pack,
      );
    await route.fulfill({ response, json: manifest });
  });
  await page.route('**/sync/v1/reference/tariff?jurisdiction=uk&version=2', async (route) => {
    // Until the test says otherwise, the body stops halfway, as through a dropped connection.
    const body = deliverWhole ? nextBody : nextBody.subarray(0, Math.floor(nextBody.byteLength / 2));
    attempts.push(body.byteLength);
    await route.fulfill({
      status: 200,
      headers: { [REFERENCE_VERSION_HEADER]: '2', 'content-type': 'application/json; charset=utf-8' },
      body,
    });
  });

  await signInAndSync(page, DOVER_OFFICER, total);
  const tariff = page.getByTestId('reference-tariff');
  await expect(tariff).toHaveAttribute('data-version', '1', { timeout: 60_000 });
  await expect(page.getByTestId('reference-rates')).toContainText('rates Sep 2026');

  publishNext = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const error = page.getByTestId('reference-error');
  await expect(error).toContainText(
    'New tariff not downloaded: the tariff download does not match version 2',
  );
  await expect(error).toContainText('Still using v1; retrying later.');
  await expect(tariff).toHaveAttribute('data-version', '1');
  await expect(tariff).toHaveText('Tariff UK Global Tariff 2021-01-01 v1');

  // A reload while the new version is still broken: the device assesses with what it holds.
  await page.reload();
  await expect(tariff).toHaveAttribute('data-version', '1');

  deliverWhole = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(tariff).toHaveAttribute('data-version', '2', { timeout: 30_000 });
  await expect(tariff).toHaveAttribute('title', next.label);
  await expect(error).toHaveCount(0);
  expect(attempts.length).toBeGreaterThanOrEqual(2);
  expect(attempts.at(-1)).toBe(nextBody.byteLength);
});
