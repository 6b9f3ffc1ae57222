import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';

/** Why the app cannot start at all. */
export type FatalReason = 'host' | 'db-too-new' | 'db-failed';

function Message({ reason }: { reason: FatalReason }) {
  const { t } = useTranslation();
  const text =
    reason === 'host'
      ? t('errors.host')
      : reason === 'db-too-new'
        ? t('storage.tooNew')
        : t('storage.openFailed');
  return (
    <main className="fatal" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{text}</p>
    </main>
  );
}

/** Shown when the app cannot work: no host answer, or local data it must not touch. */
export function FatalError({ i18n, reason = 'host' }: { i18n: I18n; reason?: FatalReason }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Message reason={reason} />
    </I18nextProvider>
  );
}
