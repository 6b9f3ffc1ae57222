import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@shared/domain';
import type { TariffLine } from '@shared/tariff/types';
import { TariffSearchBox } from './TariffSearchBox';
import { deviceTariffSource, type TariffSource } from './tariff-source';
import { useTariffSearchIndex } from './use-tariff-search-index';
import './tariff-search.css';

export type TariffSearchProps = {
  jurisdiction: Jurisdiction;
  /** Called with the line the officer picks (Enter or a click), e.g. to reclassify an item. */
  onPick?: (line: TariffLine) => void;
  initialQuery?: string;
  /** Where the tariff comes from; the device's reference store unless a test says otherwise. */
  source?: TariffSource;
};

/** Tariff search over the tariff pack in use for a jurisdiction, by code or words, Korean or English. */
export function TariffSearch({
  jurisdiction,
  onPick,
  initialQuery,
  source = deviceTariffSource,
}: TariffSearchProps) {
  const { t } = useTranslation();
  const state = useTariffSearchIndex(jurisdiction, source);
  switch (state.status) {
    case 'loading':
      return <p role="status">{t('tariffSearch.loading')}</p>;
    case 'missing':
      return <p role="status">{t('tariffSearch.missing')}</p>;
    case 'failed':
      return <p role="alert">{t('tariffSearch.failed', { message: state.message })}</p>;
    case 'ready':
      return (
        <TariffSearchBox
          key={`${jurisdiction}:${state.packVersion}`}
          index={state.index}
          onPick={onPick}
          initialQuery={initialQuery}
        />
      );
  }
}
