import { useTranslation } from 'react-i18next';
import type { TaxLine } from '@shared/tariff/types';

/** A tax by its name in the officer's language, with the jurisdiction's code beside it where it differs. */
export function TaxName({ kind, code }: { kind: TaxLine['kind']; code: string | null }) {
  const { t } = useTranslation();
  const name = t(`assessment.taxKinds.${kind}`);
  return (
    <>
      {name}
      {code === null || code === name ? null : <span className="mono muted">{` ${code}`}</span>}
    </>
  );
}
