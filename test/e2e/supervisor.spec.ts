import { expect, test, type Page } from '@playwright/test';
import { syncRoutes } from '../../shared/api';
import { DecisionCommand } from '../../shared/domain';
import { apiSession, BUSAN_OFFICER, serverUrl, signInAndSync, snapshot } from './officer';

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } });

const SUPERVISOR = 'park.supervisor';

async function open(page: Page, id: string, reference: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/declarations/${encodeURIComponent(target)}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
}

/** Saves what the Decide form holds through its confirmation, and waits until the centre has it. */
async function confirmAndSend(page: Page, says: string): Promise<void> {
  await page.getByRole('button', { name: 'Save decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm the decision' });
  await expect(dialog).toContainText(says);
  await dialog.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('Decision saved on this device.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', '0', { timeout: 60_000 });
}

/** The declaration as the device's cache holds it (what every screen of that device reads). */
async function cached(page: Page, id: string): Promise<{ lane: string; assignedTo: string | null } | null> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const opened = indexedDB.open('border-post-cache');
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          const read = opened.result
            .transaction('declarations', 'readonly')
            .objectStore('declarations')
            .get(key);
          read.onsuccess = () => {
            opened.result.close();
            const row = read.result as { lane: string; assignedTo?: string | null } | undefined;
            resolve(row === undefined ? null : { lane: row.lane, assignedTo: row.assignedTo ?? null });
          };
          read.onerror = () => reject(read.error);
        };
      }),
    id,
  );
}

// Issue 11, items 2, 6 and 8: a supervisor re-routes a declaration and assigns it to an officer,
// each confirmed in words; the officer's device shows both through the change feed; the
// supervisor's queue lists a referral with its resolve actions, and only supervisors see it.
test('a supervisor re-routes and assigns, the officer’s device shows it, and the queue resolves a referral', async ({
  browser,
  request,
}) => {
  const officerSession = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, officerSession);
  const open_ = declarations.filter(
    (declaration) =>
      declaration.status === 'selected' &&
      declaration.lane === 'YELLOW' &&
      (declaration.assignedTo ?? null) === null,
  );
  const target = open_.at(-2);
  // Released without a recorded basis: its duty must not be due (DUTY_UNSECURED).
  const referred = declarations
    .filter((declaration) => declaration.status === 'assessed' && declaration.payment?.status !== 'due')
    .at(-3);
  if (!target || !referred) throw new Error('no declaration for the supervisor to work on');

  const officer = await (await browser.newContext()).newPage();
  const supervisor = await (await browser.newContext()).newPage();
  await signInAndSync(officer, BUSAN_OFFICER, total);
  await signInAndSync(supervisor, SUPERVISOR, total);
  await expect(supervisor.getByRole('link', { name: 'Supervisor' })).toBeVisible();
  await expect(officer.getByRole('link', { name: 'Supervisor' })).toHaveCount(0);

  // The officer is offered no re-route: the role matrix keeps it for supervisors.
  await open(officer, target.id, target.reference);
  await expect(officer.locator('select[name="kind"] option[value="reroute"]')).toHaveCount(0);

  await open(supervisor, target.id, target.reference);
  await supervisor.locator('select[name="kind"]').selectOption('reroute');
  await supervisor.locator('select[name="reason"]').selectOption('INTELLIGENCE');
  await supervisor.locator('select[name="lane"]').selectOption('RED');
  await confirmAndSend(supervisor, `Re-route ${target.reference} from Yellow to Red`);
  await supervisor.locator('select[name="kind"]').selectOption('assign');
  await supervisor.locator('select[name="assignee"]').selectOption(officerSession.officer.id);
  await confirmAndSend(supervisor, `Assign ${target.reference} to ${officerSession.officer.displayName}`);

  // The officer's device learns both from the change feed, like any change.
  await expect
    .poll(
      async () => {
        await officer.evaluate(() => window.dispatchEvent(new Event('online')));
        return cached(officer, target.id);
      },
      { timeout: 60_000 },
    )
    .toEqual({ lane: 'RED', assignedTo: officerSession.officer.id });
  await expect(officer.locator('.page-heading [data-lane]')).toHaveAttribute('data-lane', 'RED');
  const history = officer.getByTestId('decision-history');
  await expect(history).toContainText('Re-route lane');
  await expect(history).toContainText('Assign');

  // An officer refers a case (here over the API); it waits in the supervisor's queue until decided.
  const refer = DecisionCommand.parse({
    decisionId: '01900000-0000-7000-8000-00000000a011',
    deviceId: 'e2e-api-kim-officer',
    seq: 1,
    declarationId: referred.id,
    baseVersion: referred.version,
    kind: 'refer',
    officerId: officerSession.officer.id,
    reasonCode: 'VALUATION_UNIT',
    note: 'Invoice looks low for this brand.',
    decidedAt: new Date().toISOString(),
    supersedes: null,
  });
  const pushed = await request.post(`${serverUrl()}${syncRoutes.decisions}`, {
    headers: { authorization: `Bearer ${officerSession.accessToken}` },
    data: { deviceId: refer.deviceId, decisions: [refer] },
  });
  expect(pushed.ok()).toBe(true);

  await supervisor.getByRole('link', { name: 'Supervisor' }).click();
  await expect(supervisor.getByRole('heading', { level: 1, name: "Supervisor's queue" })).toBeVisible();
  const item = supervisor
    .getByTestId('supervisor-referred')
    .locator(`[data-declaration-id="${referred.id}"]`);
  await expect
    .poll(
      async () => {
        await supervisor.evaluate(() => window.dispatchEvent(new Event('online')));
        return item.count();
      },
      { timeout: 60_000 },
    )
    .toBe(1);
  await expect(item).toContainText('VALUATION_UNIT');
  await expect(item).toContainText('Invoice looks low for this brand.');
  await item.getByRole('button', { name: 'Open and decide' }).click();
  await item.locator('select[name="kind"]').selectOption('release');
  await item.getByRole('button', { name: 'Save decision' }).click();
  await item.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  await expect(supervisor.getByTestId('pending-count')).toHaveAttribute('data-count', '0', {
    timeout: 60_000,
  });
  await expect(item).toHaveCount(0, { timeout: 60_000 });
  const after = await snapshot(request, officerSession);
  expect(after.declarations.find((declaration) => declaration.id === referred.id)?.status).toBe('released');
});
