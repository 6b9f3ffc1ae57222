import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCdsDeclaration } from '../../shared/declarations';
import { assessDeclaration, supplementaryUnitOf, tariffIndexFor } from '../../shared/tariff/engine';
import { importHmrcMonthlyRates, importUkGlobalTariff } from '../../shared/tariff/import';
import type { AssessmentContext } from '../../shared/tariff/types';
import { readAsset, unwrap } from './assets';

// Issue 3: every UK CDS sample imports AND assesses; where the public data cannot cover a tax the
// item names what is missing — no item ends with neither taxes nor a problem, and nothing is NaN.
const tariff = unwrap(importUkGlobalTariff(readAsset('tariffs/uk/ukgt_2021_with_eu_cet.csv')));
const rates = unwrap(importHmrcMonthlyRates(readAsset('tariffs/uk/hmrc_monthly_exchange_rates.csv')));
const context: AssessmentContext = { profile: 'uk', tariff, rates };
const index = tariffIndexFor(tariff);
const samplesDir = fileURLToPath(new URL('../../assets/data/declarations/uk-cds/', import.meta.url));
const samples = readdirSync(samplesDir).filter((name) => name.startsWith('TT_'));

function assessSample(name: string) {
  const declaration = unwrap(
    importCdsDeclaration(readAsset(`declarations/uk-cds/${name}/declaration.xml`), {
      acceptanceDate: '2021-01-01',
      supplementaryUnit: (code) => {
        const match = index.findLine(code);
        return match ? supplementaryUnitOf(match.line) : undefined;
      },
    }),
  );
  return assessDeclaration(declaration, context);
}

describe('the ten UK CDS samples assess', () => {
  it('finds all ten samples', () => {
    expect(samples).toHaveLength(10);
  });

  it.each(samples)('%s: every item has taxes or names what is missing', (name) => {
    const assessment = assessSample(name);
    expect(assessment.currency).toBe('GBP');
    for (const item of assessment.items) {
      expect(item.taxes.length + item.problems.length).toBeGreaterThan(0);
      for (const tax of item.taxes) expect(tax.amount).toMatch(/^\d+(\.\d+)?$/);
      for (const problem of item.problems) expect(problem.message.length).toBeGreaterThan(20);
    }
    expect(assessment.complete).toBe(assessment.items.every((item) => item.problems.length === 0));
    expect(assessment.totals.payable).toMatch(/^\d+(\.\d+)?$/);
  });

  it('charges wine duty per hl on the tariff quantity in litres (TT_IM116a: 1000 l × £10/hl)', () => {
    // UKGT 2204219511 "10.00 GBP / hl"; the sample declares TariffQuantity 1000 without a unit.
    const duty = assessSample('TT_IM116a').items[0]?.taxes.find((tax) => tax.kind === 'customs-duty');
    expect(duty?.amount).toBe('100');
  });
});
