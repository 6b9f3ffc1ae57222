import { expect, test } from '@playwright/test';
import { officerDevice, openDeclaration, panelFigures } from './assessment-helpers';

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
  const { declarations, packs } = await officerDevice(page, request, UK_OFFICER);
  const tariff = packs.find((pack) => pack.kind === 'tariff');
  if (tariff === undefined) throw new Error('the centre publishes no UK tariff');

  await context.setOffline(true);
  const declaration = declarations.at(-1);
  if (declaration === undefined) throw new Error('the UK post has no declarations');
  await openDeclaration(page, declaration.id);
  const figures = await panelFigures(page);
  expect(figures.payable).toMatch(/^\d+(\.\d{2})?$/);
  await expect(page.getByTestId('assessment-versions')).toContainText(`${tariff.version}`);
  await context.setOffline(false);
});
