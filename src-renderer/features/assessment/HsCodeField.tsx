import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@shared/domain';

/**
 * The corrected HS code. A plain input until the tariff search (features/tariff-search) lands;
 * then the search picks the code and this stays its one place in the form.
 */
export function HsCodeField({
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
  );
}
