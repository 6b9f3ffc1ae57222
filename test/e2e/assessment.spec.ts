import { expect, test } from '@playwright/test';
import Decimal from 'decimal.js';
import { HsCode } from '../../shared/domain';
import { applyCorrections } from '../../shared/domain/corrections';
import { BUSAN_OFFICER, goOffline, goOnline, koreanSignIn } from './officer';
import {
  assessWithCli,
  decisionHistory,
  differenceAgainstCli,
  officerDevice,
  openDeclaration,
  panelFigures,
} from './assessment-helpers';

// Issue 9, parts 2, 3 and 8: the assessment panel computes, offline and in a worker, what
// `npm run assess` prints for the same declaration with the files the server published.

test.use({ viewport: { width: 1366, height: 768 } });

const UK_OFFICER = 'clarke.officer';

test('a declaration opened offline shows the payable amount, per tax, that npm run assess prints', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const { declarations } = await officerDevice(page, request, UK_OFFICER);
  // The first declaration the CLI assesses completely: the panel must then agree to the penny.
  let chosen = null;
  for (const declaration of declarations.slice(0, 8)) {
    const cli = await assessWithCli(declaration);
    if (cli.complete && cli.totals.byKind.length > 0) {
      chosen = { declaration, cli };
      break;
    }
  }
  if (chosen === null)
    throw new Error('none of the first 8 UK declarations assesses completely with the CLI');

  await goOffline(page);
  await openDeclaration(page, chosen.declaration.id);

  const figures = await panelFigures(page);
  expect(figures).toEqual({
    totals: chosen.cli.totals.byKind.map(({ kind, code, amount }) => ({ kind, code, amount })),
    payable: chosen.cli.totals.payable,
  });
  await expect(page.getByTestId('assessment-versions')).toContainText('UK');
  await page.screenshot({ path: '/tmp/shots/assessment-panel-en.png' });
});

test('a reclassification changes the assessment and shows the difference per tax, as the CLI computes it', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const { declarations } = await officerDevice(page, request, UK_OFFICER);
  const declaration = declarations[0];
  if (!declaration) throw new Error('no UK declaration');
  const NEW_CODE = '64032000'; // footwear, leather straps: 8% third-country duty in the UKGT
  const corrected = applyCorrections(declaration, [{ sequence: 1, hsCode: HsCode.parse(NEW_CODE) }]);
  if (!corrected.ok) throw new Error(corrected.error.message);
  const [before, after] = [await assessWithCli(declaration), await assessWithCli(corrected.value)];

  await goOffline(page);
  await openDeclaration(page, declaration.id);
  await panelFigures(page);

  const form = page.getByRole('form', { name: 'Reassess (what-if)' });
  await form.locator('select[name="item"]').selectOption('1');
  // Found through the tariff search over the cached schedule, by code, chosen with the keyboard.
  const search = form.getByRole('combobox', { name: 'Search the tariff' });
  await search.fill('640320');
  await expect(form.getByRole('listbox').getByRole('option').first()).toContainText('6403', {
    timeout: 30_000,
  });
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(form.locator('input[name="hsCode"]')).toHaveValue(NEW_CODE);
  await form.getByRole('button', { name: 'Compute with this correction' }).click();
  const difference = page.getByTestId('assessment-difference');
  await expect(difference).toBeVisible({ timeout: 60_000 });
  const { shown, expected } = await differenceAgainstCli(page, before, after, 2);
  expect(shown).toEqual(expected);
  await expect(difference.getByTestId('difference-payable')).toContainText('additional');
  await difference.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/reassess-difference-en.png' });
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the panel in Korean: a Busan declaration with its taxes, banners and versions', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const { declarations } = await officerDevice(page, request, BUSAN_OFFICER, koreanSignIn);
    const declaration = declarations[0];
    if (!declaration) throw new Error('no Korean declaration');
    await goOffline(page);
    await openDeclaration(page, declaration.id);
    const panel = page.getByTestId('assessment-panel').first();
    await expect(
      panel.getByTestId('assessment-payable').or(panel.getByTestId('assessment-not-covered')),
    ).toBeVisible({
      timeout: 60_000,
    });
    await expect(panel.getByRole('heading', { name: '세액 심사' })).toBeVisible();
    await panel.getByTestId('assessment-item').first().locator('summary').click();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/assessment-panel-ko.png' });
  });
});

test('a reassess decision made offline pushes, comes back APPLIED, and the centre stores the same figures', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const { session, declarations } = await officerDevice(page, request, UK_OFFICER);
  const declaration = declarations.find((d) =>
    ['selected', 'assessed', 'examined', 'held'].includes(d.status),
  );
  if (!declaration) throw new Error('no UK declaration open to reassessment');

  await goOffline(page);
  await openDeclaration(page, declaration.id);
  await panelFigures(page);
  const form = page.getByRole('form', { name: 'Reassess (what-if)' });
  await form.locator('input[name="hsCode"]').fill('6403200000');
  await form.getByRole('button', { name: 'Compute with this correction' }).click();
  await expect(page.getByTestId('assessment-difference')).toBeVisible({ timeout: 60_000 });
  const corrected = page.getByTestId('assessment-panel').nth(1);
  await expect(corrected.getByTestId('assessment-payable')).toBeVisible({ timeout: 60_000 });
  const payable = await corrected.getByTestId('assessment-payable').getAttribute('data-amount');

  await page.locator('select[name="kind"]').selectOption('reassess');
  await page.locator('select[name="reason"]').selectOption('CLASSIFICATION');
  await expect(page.getByTestId('decide-carries-assessment')).toBeVisible();
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByTestId('pending-marker')).toBeVisible();

  await goOnline(page);
  await expect(page.getByTestId('pending-marker')).toBeHidden({ timeout: 60_000 });
  const entry = (await decisionHistory(request, session, declaration.id)).find((h) => h.kind === 'reassess');
  expect({
    outcome: entry?.outcome,
    reason: entry?.reasonCode,
    payable: entry?.official ? new Decimal(entry.official.figures.payable).toFixed(2) : null,
  }).toEqual({ outcome: 'APPLIED', reason: 'CLASSIFICATION', payable });
});
