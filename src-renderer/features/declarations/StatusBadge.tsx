import { useTranslation } from 'react-i18next';
import type { DeclarationStatus } from '@shared/domain';

export function StatusBadge({ status }: { status: DeclarationStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
