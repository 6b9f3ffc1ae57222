import type { TFunction } from 'i18next';
import type { SaveDecisionError } from '../../sync';

/** The officer-facing sentence for a decision that was not reported saved. */
export function decisionErrorText(t: TFunction, error: SaveDecisionError): string {
  return error.code === 'JOURNAL'
    ? t('decide.errors.JOURNAL', { code: error.journalCode })
    : t(`decide.errors.${error.code}`);
}
