import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { officerDevice, openDeclaration } from './assessment-helpers';
import { BUSAN_OFFICER, goOffline, koreanSignIn } from './officer';

// The officer's path: the assessment panel's Print notice button, offline, in the browser host
// (a download). The PDF carries the payable amount the panel shows.
test.use({ locale: 'ko-KR', viewport: { width: 1366, height: 768 } });

test('Print notice downloads the Korean PDF notice with the payable the panel shows', async ({
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
  const payable = panel.getByTestId('assessment-payable');
  await expect(payable).toBeVisible({ timeout: 60_000 });

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '세액 통지서 인쇄 (PDF)' }).click();
  const file = join(
    process.env['SHOTS_DIR'] ?? mkdtempSync(join(tmpdir(), 'notice-print-')),
    'notice-from-app-ko.pdf',
  );
  const saved = await download;
  await saved.saveAs(file);
  if (process.env['SHOTS_DIR'])
    await page.screenshot({ path: join(process.env['SHOTS_DIR'], 'notice-button-ko-1366x768.png') });

  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
  const amount = (await payable.innerText()).match(/[\d,]+/)?.[0];
  expect({
    name: saved.suggestedFilename(),
    reference: text.includes(declaration.reference),
    payable: new RegExp(`납부할 세액\\s+${amount} KRW`).test(text),
  }).toEqual({ name: `notice-${declaration.reference}-ko.pdf`, reference: true, payable: true });
});
