import { useTranslation } from 'react-i18next';
import type { AssessmentFigures } from '@shared/domain/assessment-claim';
import type { Assessment } from '@shared/tariff/types';
import { useLanguage } from '../../state';
import { assessmentDifference } from './tax-difference';
import { moneyOf } from './money';
import { TaxName } from './TaxName';

const direction = (change: string): 'increase' | 'decrease' | 'same' =>
  change.startsWith('-') ? 'decrease' : /^0(\.0*)?$/.test(change) ? 'same' : 'increase';

/** Declared vs corrected, per tax and in total: additional duty or refund, before deciding. */
export function Difference({
  assessment,
  declared,
  corrected,
}: {
  assessment: Pick<Assessment, 'profile' | 'currency'>;
  declared: AssessmentFigures;
  corrected: AssessmentFigures;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = moneyOf(assessment, language);
  const { rows, payable } = assessmentDifference(declared, corrected);
  const changeText = (change: string) => {
    const which = direction(change);
    if (which === 'same') return t('assessment.difference.same');
    const amount = money.text(change.replace(/^-/, ''));
    return which === 'increase'
      ? t('assessment.difference.additional', { amount })
      : t('assessment.difference.refund', { amount });
  };
  return (
    <table className="assessment-difference" data-testid="assessment-difference">
      <caption>{t('assessment.difference.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.difference.tax')}</th>
          <th scope="col">{t('assessment.difference.before')}</th>
          <th scope="col">{t('assessment.difference.after')}</th>
          <th scope="col">{t('assessment.difference.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.kind}|${row.code ?? ''}`}
            data-testid="difference-row"
            data-kind={row.kind}
            data-change={money.plain(row.change)}
          >
            <th scope="row">
              <TaxName kind={row.kind} code={row.code} />
            </th>
            <td className="amount">{money.text(row.before)}</td>
            <td className="amount">{money.text(row.after)}</td>
            <td className={`amount ${direction(row.change)}`}>{changeText(row.change)}</td>
          </tr>
        ))}
        <tr className="payable" data-testid="difference-payable" data-change={money.plain(payable.change)}>
          <th scope="row">{t('assessment.payable')}</th>
          <td className="amount">{money.text(payable.before)}</td>
          <td className="amount">{money.text(payable.after)}</td>
          <td className={`amount ${direction(payable.change)}`}>{changeText(payable.change)}</td>
        </tr>
      </tbody>
    </table>
  );
}
