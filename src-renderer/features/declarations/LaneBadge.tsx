import { useTranslation } from 'react-i18next';
import type { Lane } from '@shared/domain';

/** Colour alone would fail colour-blind officers, so the lane's name is always written too. */
export function LaneBadge({ lane }: { lane: Lane | null }) {
  const { t } = useTranslation();
  if (lane === null) return <span className="lane-badge lane-none">{t('lane.none')}</span>;
  return (
    <span className={`lane-badge lane-${lane.toLowerCase()}`} data-lane={lane}>
      {t(`lane.${lane}`)}
    </span>
  );
}
