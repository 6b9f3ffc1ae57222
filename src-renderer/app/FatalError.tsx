import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';

function Message() {
  const { t } = useTranslation();
  return (
    <main className="fatal" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{t('errors.host')}</p>
    </main>
  );
}

/** Shown when the host cannot even say where the API is: nothing else can work without it. */
export function FatalError({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Message />
    </I18nextProvider>
  );
}
