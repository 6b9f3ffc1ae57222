import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupThousands } from '@shared/notice';
import { runAssess } from '../assess/run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'assess-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run assess -- --notice', () => {
  it('writes the PDF notice with the payable amount the command prints', async () => {
    const pdf = join(dir, 'notice.pdf');
    const outcome = await runAssess([
      '--profile',
      'kr',
      '--tariff',
      `${ROOT}assets/data/tariffs/kr`,
      '--rates',
      `${ROOT}assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv`,
      '--declaration',
      `${ROOT}test/tariff/fixtures/kr-busan-cod-coffee.declaration.json`,
      '--json',
      '--notice',
      pdf,
    ]);
    const printed = JSON.parse(outcome.stdout) as { totals: { payable: string } };
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const payableLine = text.split('\n').find((line) => line.includes('납부할 세액'));
    expect({ exitCode: outcome.exitCode, payable: payableLine?.trim().split(/\s{2,}/)[1] }).toEqual({
      exitCode: 0,
      payable: `${groupThousands(printed.totals.payable)} KRW`,
    });
  });
});
