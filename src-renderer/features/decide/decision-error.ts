import type { TFunction } from 'i18next';
import type { SaveDecisionError } from '../../sync';

/** The officer-facing sentence for a decision that was not reported saved. */
export function decisionErrorText(t: TFunction, error: SaveDecisionError): string {
  switch (error.code) {
    case 'JOURNAL':
      return t('decide.errors.JOURNAL', { code: error.journalCode });
    case 'INVALID':
      return t('decide.errors.INVALID', { detail: error.message });
    default:
      return t(`decide.errors.${error.code}`);
  }
}
