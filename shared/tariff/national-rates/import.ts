import type { Jurisdiction } from '../../domain/post';
import { err, ok, type Result } from '../../util/result';
import { parseText } from '../engine/rates';
import { parseJsonDocument } from '../import/json-document';
import { previewMessage } from '../preview';
import { profileFor } from '../profiles';
import type { ImportError } from '../types';
import { NationalTaxRatesFile } from './schema';

/**
 * Reads a national tax-rate file (docs/national-tax-rates.schema.json). An invalid file names the
 * first bad field by JSON path and loads nothing; so does a rate expression the engine cannot
 * parse, so a typo in a statute's figure is found when the table is loaded, not on the officer's
 * declaration.
 */
export function importNationalTaxRates(
  jsonText: string,
  expected?: Jurisdiction,
): Result<NationalTaxRatesFile, ImportError> {
  const parsed = parseJsonDocument(jsonText, NationalTaxRatesFile);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (expected !== undefined && file.jurisdiction !== expected) {
    return err({
      code: 'WRONG_JURISDICTION',
      message: `$.jurisdiction: the table is for ${file.jurisdiction}, not ${expected}`,
      where: '$.jurisdiction',
    });
  }
  const currency = profileFor(file.jurisdiction).currency;
  for (const [index, rate] of file.rates.entries()) {
    const expression = parseText(rate.expression, currency);
    if (!expression.ok) {
      const at = `$.rates[${index}].expression`;
      return err({
        code: 'UNPARSEABLE_RATE',
        message: `${at}: ${previewMessage(expression.error.message)} (${rate.source})`,
        where: at,
      });
    }
  }
  return ok(file);
}
