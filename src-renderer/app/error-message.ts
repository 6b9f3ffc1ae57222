import type { TFunction } from 'i18next';
import { assertNever } from '@shared/util/assert-never';
import type { SyncError } from '../sync';

/** The officer-facing sentence for a sync error, in the UI language. */
export function syncErrorMessage(t: TFunction, error: SyncError): string {
  switch (error.kind) {
    case 'http':
      return t('errors.http', { status: error.status, code: error.code });
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout', { seconds: Math.round(error.timeoutMs / 1000) });
    case 'bad-response':
      return t('errors.badResponse');
    case 'storage':
      return t('errors.storage');
    default:
      return assertNever(error, 'sync error');
  }
}
