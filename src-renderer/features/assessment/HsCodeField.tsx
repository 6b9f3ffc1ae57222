import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@shared/domain';
import { TariffSearch } from '../tariff-search';

/**
 * The corrected HS code: typed, or found through the tariff search over the cached schedule
 * (by code or words, Korean or English), whose pick fills it in.
 */
export function HsCodeField({
  jurisdiction,
  value,
  placeholder,
  onChange,
}: {
  jurisdiction: Jurisdiction;
  value: string;
  placeholder: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('assessment.reassess.fields.hsCode')}
        <input
          name="hsCode"
          inputMode="numeric"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value.replace(/[.\s]/g, ''))}
        />
      </label>
      <div className="reassess-search" data-testid="reassess-search">
        <TariffSearch jurisdiction={jurisdiction} onPick={(line) => onChange(line.code)} />
      </div>
    </>
  );
}
