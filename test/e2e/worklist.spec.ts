import { expect, test, type Page } from '@playwright/test';
import type { Declaration, Lane } from '../../shared/domain';
import { traderOf, traderSearchKey } from '../../src-renderer/db/worklist-row';
import { apiSession, BUSAN_OFFICER, signInAndSync, snapshot } from './officer';

// Issue 11, items 1 and 2: an officer narrows the worklist, reads its counts, moves through it from
// the keyboard, and keeps a named view on the device across a restart.
test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });

const count = (page: Page) => page.getByTestId('declaration-count');
const laneCount = (page: Page, lane: Lane | 'none') => page.locator(`[data-count-of="lane-${lane}"]`);

/** The rule the quick search follows: a number prefix, or a prefix of any party's name. */
const quickSearch = (declarations: readonly Declaration[], text: string) =>
  declarations.filter(
    (declaration) =>
      declaration.reference.startsWith(text.toUpperCase()) ||
      declaration.parties.some((party) => traderSearchKey(party.name).startsWith(traderSearchKey(text))),
  );

test('filters, quick search and counts narrow the worklist as the declarations say', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  await signInAndSync(page, BUSAN_OFFICER, total);

  const counts = page.getByTestId('worklist-counts');
  await expect(counts).toHaveAttribute('data-scope', 'post', { timeout: 30_000 });
  const red = declarations.filter((declaration) => declaration.lane === 'RED');
  await expect(laneCount(page, 'RED')).toHaveAttribute('data-count', String(red.length));

  // Any party: the declarant or the exporter of an import finds it too.
  const party = declarations[0]?.parties.at(-1)?.name ?? '';
  const typed = party.slice(0, 4);
  await page.getByTestId('worklist-filter-text').fill(typed);
  await expect(count(page)).toHaveAttribute('data-count', String(quickSearch(declarations, typed).length));
  await expect(counts).toHaveAttribute('data-scope', 'filter');

  const reference = declarations[1]?.reference ?? '';
  await page.getByTestId('worklist-filter-text').fill(reference.toLowerCase());
  await expect(count(page)).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('declaration-row')).toContainText(reference);

  await page.getByTestId('worklist-filter-clear').click();
  await page.getByTestId('worklist-filter-lane').selectOption('RED');
  await page.getByTestId('worklist-filter-risk-min').fill('50');
  const redRisky = red.filter((declaration) => declaration.riskScore >= 50);
  await expect(count(page)).toHaveAttribute('data-count', String(redRisky.length));
  await expect(laneCount(page, 'YELLOW')).toHaveAttribute('data-count', '0');

  await page.getByTestId('worklist-filter-clear').click();
  const importer = traderOf(declarations[2] as Declaration).slice(0, 3);
  await page.getByTestId('worklist-filter-importer').fill(importer);
  const byImporter = declarations.filter((declaration) =>
    traderSearchKey(traderOf(declaration)).startsWith(traderSearchKey(importer)),
  );
  await expect(count(page)).toHaveAttribute('data-count', String(byImporter.length));
});

test('arrows, j and k move the selected row, Home and End jump, Enter opens it', async ({
  page,
  request,
}) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total } = await snapshot(request, session);
  await signInAndSync(page, BUSAN_OFFICER, total);

  const grid = page.getByRole('grid');
  await grid.focus();
  const selected = grid.locator('tr[aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-rowindex', '2');
  for (const key of ['ArrowDown', 'ArrowDown', 'j', 'j', 'k']) await page.keyboard.press(key);
  await expect(selected).toHaveAttribute('aria-rowindex', '5');

  await page.keyboard.press('End');
  await expect(selected).toHaveAttribute('aria-rowindex', String(total + 1));
  await expect(selected).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');

  const href = await selected.getByRole('link').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('a saved view and the columns the officer chose survive a restart', async ({ page, request }) => {
  const session = await apiSession(request, BUSAN_OFFICER);
  const { total, declarations } = await snapshot(request, session);
  await signInAndSync(page, BUSAN_OFFICER, total);
  const yellow = declarations.filter((declaration) => declaration.lane === 'YELLOW').length;

  await page.getByTestId('worklist-filter-lane').selectOption('YELLOW');
  await expect(count(page)).toHaveAttribute('data-count', String(yellow));
  await page.getByTestId('worklist-view-name').fill('Yellow queue');
  await page.getByTestId('worklist-view-save').click();
  await page.getByTestId('worklist-columns').locator('summary').click();
  await page.getByTestId('worklist-column-typeCode').uncheck();
  await expect(page.getByRole('columnheader', { name: 'Type', exact: true })).toHaveCount(0);

  // A restart: the session is restored from the device, the list and the settings from IndexedDB.
  await page.reload();
  await expect(count(page)).toHaveAttribute('data-count', String(total), { timeout: 30_000 });
  await expect(page.getByRole('columnheader', { name: 'Type', exact: true })).toHaveCount(0);
  await page.getByTestId('worklist-view').selectOption('Yellow queue');
  await expect(page.getByTestId('worklist-filter-lane')).toHaveValue('YELLOW');
  await expect(count(page)).toHaveAttribute('data-count', String(yellow));
});
