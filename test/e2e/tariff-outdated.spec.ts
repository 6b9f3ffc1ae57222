import { expect, test } from '@playwright/test';
import Decimal from 'decimal.js';
import pg from 'pg';
import type { TariffPack } from '../../shared/api/reference-v1';
import { HsCode, type Declaration } from '../../shared/domain';
import type { AssessmentFigures, ItemCorrection } from '../../shared/domain/assessment-claim';
import { assessCorrected, type AssessmentPacks } from '../../shared/tariff/claim';
import { sameFigures } from '../../shared/tariff/figures';
import type { Database } from '../../src-server/db/database';
import { openPostgres } from '../../src-server/db/postgres';
import { loadPack, publishReferenceData } from '../../src-server/store/reference-data';
import { decisionHistory, officerDevice, openDeclaration, panelFigures } from './assessment-helpers';
import { waitForReferencePacks } from './global-setup';
import { goOffline, goOnline } from './officer';
import { startServer, type RunningServer } from './server';

// Issue 9, parts 5 and 8: a reassessment made offline with the tariff the device holds, sent after
// the centre published a tariff that changes its figures, comes back TARIFF_OUTDATED and lands once
// in Needs attention with both figures; re-deciding once the device holds the new tariff applies.
//
// The shared e2e server runs in memory, so nothing can publish into it mid-test: this spec starts
// its own central API on a fresh PostgreSQL database and publishes into that database directly.

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } });

const UK_OFFICER = 'clarke.officer';
const SEED_COUNT = 60;
/** Footwear with leather straps: an ad valorem third-country duty in the UKGT (8%). */
const NEW_CODE = '6403200000';
/** What the test's "new tariff" adds to that line's third-country duty, in percentage points. */
const RATE_RISE = 10;
const REASSESSABLE = ['selected', 'assessed', 'examined', 'held'];

const ADMIN_URL = process.env['E2E_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseName = `bp_e2e_outdated_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const dropDatabase = () => admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);

let server: RunningServer | null = null;
let db: Database | null = null;
let sharedServerUrl: string | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await dropDatabase();
  await admin(`CREATE DATABASE "${databaseName}"`);
  server = await startServer(SEED_COUNT, { databaseUrl });
  await waitForReferencePacks(server.url);
  db = await openPostgres({ url: databaseUrl });
  // The officer helpers talk to BORDER_POST_E2E_URL: this file's server until it is done.
  sharedServerUrl = process.env['BORDER_POST_E2E_URL'];
  process.env['BORDER_POST_E2E_URL'] = server.url;
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  if (sharedServerUrl === undefined) delete process.env['BORDER_POST_E2E_URL'];
  else process.env['BORDER_POST_E2E_URL'] = sharedServerUrl;
  await db?.close();
  await server?.stop();
  await dropDatabase();
});

function database(): Database {
  if (db === null) throw new Error('the database is not open');
  return db;
}

/** The current UK packs as the centre verifies with them. */
async function currentPacks(): Promise<{ packs: AssessmentPacks; tariffVersion: number }> {
  const [tariff, rates, taxes] = await Promise.all([
    loadPack(database(), 'tariff', 'uk'),
    loadPack(database(), 'rates', 'uk'),
    loadPack(database(), 'taxes', 'uk'),
  ]);
  if (tariff === null || rates === null) throw new Error('no UK tariff or rates published');
  return {
    packs: { tariff: tariff.pack, rates: rates.pack, taxes: taxes?.pack ?? null },
    tariffVersion: tariff.version,
  };
}

/**
 * A test fixture, never shipped data: the tariff with the third-country duty of the line that
 * classifies NEW_CODE raised by RATE_RISE points (an ad valorem "8.00%" becomes "18.00%").
 */
function withRaisedRate(current: TariffPack): TariffPack {
  const next = structuredClone(current);
  const matching = next.schedule.lines.filter((line) => NEW_CODE.startsWith(line.code));
  const longest = Math.max(...matching.map((line) => line.code.length));
  const lines = matching.filter((line) => line.code.length === longest);
  let raised = 0;
  for (const line of lines)
    for (const measure of line.measures) {
      if (measure.kind !== 'third-country') continue;
      const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(measure.expression.trim());
      if (!percent?.[1]) throw new Error(`${line.code}: not an ad valorem rate: ${measure.expression}`);
      measure.expression = `${new Decimal(percent[1]).add(RATE_RISE).toFixed(2)}%`;
      raised += 1;
    }
  if (raised === 0) throw new Error(`no third-country measure classifies ${NEW_CODE}`);
  return { ...next, label: `${next.label} + e2e rate rise on ${NEW_CODE}` };
}

type Chosen = { declaration: Declaration; claimed: AssessmentFigures; official: AssessmentFigures };

/**
 * A declaration open to reassessment whose item 1, reclassified as NEW_CODE, assesses completely
 * with the current tariff and to other figures with the raised rate.
 */
function chooseDeclaration(
  declarations: readonly Declaration[],
  corrections: readonly ItemCorrection[],
  packs: AssessmentPacks,
  raised: AssessmentPacks,
): Chosen {
  for (const declaration of declarations) {
    if (!REASSESSABLE.includes(declaration.status)) continue;
    const before = assessCorrected(declaration, corrections, packs);
    const after = assessCorrected(declaration, corrections, raised);
    if (!before.ok || !after.ok || !before.value.figures.complete) continue;
    if (sameFigures(before.value.figures, after.value.figures)) continue;
    return { declaration, claimed: before.value.figures, official: after.value.figures };
  }
  throw new Error(`no UK declaration whose figures the raised rate on ${NEW_CODE} changes`);
}

const pennies = (amount: string | null) => new Decimal(amount ?? 'NaN').toFixed(2);

test('a reassessment made offline on a superseded tariff lands once in Needs attention as TARIFF_OUTDATED, and re-deciding applies', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  // The device holds the tariff the centre publishes now, from its own download.
  const { session, declarations } = await officerDevice(page, request, UK_OFFICER);
  const { packs, tariffVersion: used } = await currentPacks();
  const tariffInUse = page.getByTestId('reference-tariff');
  await expect(tariffInUse).toHaveAttribute('data-version', String(used));
  const raisedTariff = withRaisedRate(packs.tariff);
  const corrections = [{ sequence: 1, hsCode: HsCode.parse(NEW_CODE) }];
  const chosen = chooseDeclaration(declarations, corrections, packs, { ...packs, tariff: raisedTariff });

  // Offline, the officer reclassifies item 1 and decides reassess with the figures on screen.
  await goOffline(page);
  await openDeclaration(page, chosen.declaration.id);
  await panelFigures(page);
  const form = page.getByRole('form', { name: 'Reassess (what-if)' });
  await form.locator('select[name="item"]').selectOption('1');
  await form.locator('input[name="hsCode"]').fill(NEW_CODE);
  await form.getByRole('button', { name: 'Compute with this correction' }).click();
  await expect(page.getByTestId('assessment-difference')).toBeVisible({ timeout: 60_000 });
  const corrected = page.getByTestId('assessment-panel').nth(1).getByTestId('assessment-payable');
  await expect(corrected).toHaveAttribute('data-amount', pennies(chosen.claimed.payable), {
    timeout: 60_000,
  });
  await page.locator('select[name="kind"]').selectOption('reassess');
  await page.locator('select[name="reason"]').selectOption('CLASSIFICATION');
  await expect(page.getByTestId('decide-carries-assessment')).toBeVisible();
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByTestId('pending-marker')).toBeVisible();

  // Meanwhile the centre publishes a tariff that raises that line's duty.
  const published = await publishReferenceData(database(), 'tariff', 'uk', raisedTariff);
  expect(published.version).toBe(used + 1);

  await goOnline(page);
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 60_000 });
  await page.evaluate(() => {
    window.location.hash = '#/attention';
  });
  const item = page.getByTestId('attention-item');
  await expect(item).toHaveCount(1, { timeout: 30_000 });
  await expect(item).toContainText(chosen.declaration.id);
  await expect(item).toContainText('a newer tariff or rate table gives other figures');
  const figures = item.getByTestId('attention-figures');
  await expect(figures).toContainText(
    new RegExp(`Assessed with: Tariff version ${used},.*Current: Tariff version ${published.version},`),
  );
  const payableRow = figures.locator('tr[data-tax="payable"]');
  await expect(payableRow).toHaveAttribute('data-differs', 'true');
  const [claimedCell, officialCell] = await payableRow.locator('td').allTextContents();
  expect({ claimed: pennies(claimedCell ?? null), official: pennies(officialCell ?? null) }).toEqual({
    claimed: pennies(chosen.claimed.payable),
    official: pennies(chosen.official.payable),
  });
  await expect(figures.locator('tr[data-tax="customs-duty"]')).toHaveAttribute('data-differs', 'true');

  // Further sync cycles (pull and push, woken by `online`) bring nothing that lands it again.
  for (let cycle = 0; cycle < 2; cycle += 1) {
    const pulled = page.waitForResponse((r) => r.url().includes('/sync/v1/changes') && r.ok(), {
      timeout: 60_000,
    });
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await pulled;
  }
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0');
  await expect(item).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Needs attention (1)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/attention-tariff-outdated-en.png' });

  // Once the device holds the new tariff, re-deciding assesses again with it and applies.
  await expect(tariffInUse).toHaveAttribute('data-version', String(published.version), {
    timeout: 120_000,
  });
  await item.getByRole('button', { name: 'Re-decide' }).click();
  const redecide = item.getByTestId('attention-reassess');
  // The amount is compared exactly through the attribute; the text shows it grouped for the officer.
  await expect(redecide).toHaveAttribute('data-payable', chosen.official.payable, { timeout: 60_000 });
  await expect(redecide).toContainText(chosen.official.currency);
  await redecide.getByRole('button', { name: 'Save the new reassessment' }).click();
  await expect(redecide.getByRole('alert')).toHaveCount(0);
  const reassessments = async () =>
    (await decisionHistory(request, session, chosen.declaration.id))
      .filter((entry) => entry.kind === 'reassess')
      .map((entry) => ({
        outcome: entry.outcome,
        tariff: entry.official?.versions.tariff,
        payable: pennies(entry.official?.figures.payable ?? null),
      }));
  await expect
    .poll(reassessments, { timeout: 60_000 })
    .toEqual([{ outcome: 'APPLIED', tariff: published.version, payable: pennies(chosen.official.payable) }]);
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 60_000 });

  // The officer acknowledges the conflict they re-decided, and the queue is empty.
  await item.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Needs attention (0)' })).toBeVisible();
});
