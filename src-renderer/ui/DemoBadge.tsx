import { useTranslation } from 'react-i18next';

/** Generated data is labelled wherever it is shown, so nobody mistakes it for a real case. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="demo-badge" title={t('demo.hint')}>
      {t('demo.label')}
    </span>
  );
}
