import { Declaration } from '../domain/declaration';
import { negativeAmounts } from '../tariff/valuation/amounts';
import type { ImportError } from '../tariff/types';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { issueToImportError } from './issues';

/**
 * The one gate every importer's result passes: the project Declaration schema, then what that
 * schema cannot say (its amounts are signed decimals): no price, quantity, mass or other amount
 * below zero (AMOUNT_NEGATIVE). The first problem is the error; the others are counted after it.
 */
export function acceptDeclaration(value: unknown): Result<Declaration, ImportError> {
  const parsed = Declaration.safeParse(value);
  if (!parsed.success) return firstOf(parsed.error.issues.map(issueToImportError));
  const negative = negativeAmounts(parsed.data).map(({ where, value: amount }): ImportError => ({
    code: 'AMOUNT_NEGATIVE',
    message: `${where}: ${amount} is below zero; amounts, quantities and masses never are`,
    where,
  }));
  return negative.length === 0 ? ok(parsed.data) : firstOf(negative);
}

function firstOf(errors: ImportError[]): Result<never, ImportError> {
  const [first] = errors;
  if (first === undefined)
    return err({ code: 'DECLARATION_INVALID', message: 'The declaration is invalid.' });
  const more =
    errors.length > 1
      ? ` (and ${errors.length - 1} more: ${errors
          .slice(1, 4)
          .map((e) => e.where)
          .join(', ')}${errors.length > 4 ? ', …' : ''})`
      : '';
  return err({ ...first, message: first.message + more });
}
