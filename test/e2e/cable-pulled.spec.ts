import { expect, test } from '@playwright/test';
import { ReferenceManifest } from '../../shared/api/reference-v1';
import { apiSession, serverUrl, signInAndSync, snapshot } from './officer';
import { openDeclaration, panelFigures } from './assessment-helpers';

// Issue 9, "done when": with the network cable pulled, an officer opens a cached declaration and
// sees what is owed. Not only the API is cut here, as elsewhere, but the whole network, the app's
// own origin included: the reference packs must come from the app's own download, and the
// assessment worker's script must already be loaded (the browser host fetches it from the origin).

const UK_OFFICER = 'clarke.officer';

test('with the whole network cut, a declaration never opened before is assessed from the packs the app downloaded', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(240_000);
  const session = await apiSession(request, UK_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  const manifest = await request.get(`${serverUrl()}/sync/v1/reference?jurisdiction=uk`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const tariff = ReferenceManifest.parse(await manifest.json()).packs.find((pack) => pack.kind === 'tariff');
  if (tariff === undefined) throw new Error('the centre publishes no UK tariff');

  await signInAndSync(page, UK_OFFICER, total);
  await expect(page.getByTestId('reference-tariff')).toHaveAttribute('data-version', String(tariff.version), {
    timeout: 120_000,
  });

  await context.setOffline(true);
  const declaration = declarations.at(-1);
  if (declaration === undefined) throw new Error('the UK post has no declarations');
  await openDeclaration(page, declaration.id);
  const figures = await panelFigures(page);
  expect(figures.payable).toMatch(/^\d+(\.\d{2})?$/);
  await expect(page.getByTestId('assessment-versions')).toContainText(`${tariff.version}`);
  await context.setOffline(false);
});
