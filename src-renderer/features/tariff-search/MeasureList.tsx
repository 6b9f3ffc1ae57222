import { useTranslation } from 'react-i18next';
import type { TariffLine } from '@shared/tariff/types';
import { formatCode } from './Highlighted';

/** The measures of one tariff line as the schedule prints them: kind, code, rate, origins, validity. */
export function MeasureList({ line }: { line: TariffLine }) {
  const { t } = useTranslation();
  return (
    <section
      className="tariff-measures"
      aria-label={t('tariffSearch.measures.title', { code: formatCode(line.code) })}
    >
      <h3>
        {formatCode(line.code)}{' '}
        <span className="tariff-measures-name">{line.descriptionLocal ?? line.description}</span>
      </h3>
      {line.measures.length === 0 ? (
        <p>{t('tariffSearch.measures.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tariffSearch.measures.kind')}</th>
              <th scope="col">{t('tariffSearch.measures.code')}</th>
              <th scope="col">{t('tariffSearch.measures.rate')}</th>
              <th scope="col">{t('tariffSearch.measures.origins')}</th>
              <th scope="col">{t('tariffSearch.measures.validity')}</th>
            </tr>
          </thead>
          <tbody>
            {line.measures.map((measure, i) => (
              <tr key={`${measure.code}-${i}`}>
                <td>{t(`tariffSearch.kinds.${measure.kind}`)}</td>
                <td>{measure.code}</td>
                <td>
                  <span className="tariff-rate">{measure.expression}</span>
                  {measure.condition !== undefined && (
                    <div className="tariff-condition">{measure.condition}</div>
                  )}
                  {measure.indicative === true && (
                    <div className="tariff-condition">{t('tariffSearch.measures.indicative')}</div>
                  )}
                </td>
                <td>
                  {measure.origins === undefined
                    ? t('tariffSearch.measures.allOrigins')
                    : measure.origins.join(', ')}
                  {measure.excludedOrigins !== undefined && measure.excludedOrigins.length > 0 && (
                    <div>
                      {t('tariffSearch.measures.except', { origins: measure.excludedOrigins.join(', ') })}
                    </div>
                  )}
                </td>
                <td>
                  {measure.validFrom === undefined && measure.validTo === undefined
                    ? t('tariffSearch.measures.always')
                    : t('tariffSearch.measures.validRange', {
                        from: measure.validFrom ?? '…',
                        to: measure.validTo ?? '…',
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
