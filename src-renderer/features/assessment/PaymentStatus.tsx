import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import { formatDate, formatDateTime, formatMoney } from '../../i18n';
import { useLanguage } from '../../state';

/** Paid, deferred against a guarantee, or due: shown beside the assessment (issue 9, part 12). */
export function PaymentStatus({ payment }: { payment: Declaration['payment'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (payment === undefined)
    return (
      <p className="payment-status payment-unknown" data-testid="payment-status">
        {t('assessment.payment.unknown')}
      </p>
    );
  const amount = formatMoney(payment.amount, payment.currency, language);
  switch (payment.status) {
    case 'paid':
      return (
        <p className="payment-status payment-paid" data-testid="payment-status">
          <strong>{t('assessment.payment.paid')}</strong>{' '}
          {t('assessment.payment.paidDetail', {
            amount,
            receipt: payment.receipt,
            at: formatDateTime(payment.paidAt, language),
            method: t(`assessment.payment.methods.${payment.method}`),
          })}
        </p>
      );
    case 'deferred':
      return (
        <p className="payment-status payment-deferred" data-testid="payment-status">
          <strong>{t('assessment.payment.deferred')}</strong>{' '}
          {t('assessment.payment.deferredDetail', {
            amount,
            guarantee: payment.guaranteeReference,
            kind: t(`assessment.payment.guarantees.${payment.guaranteeKind}`),
            due: formatDate(payment.dueDate, language),
          })}
        </p>
      );
    case 'due':
      return (
        <p className="payment-status payment-due" data-testid="payment-status">
          <strong>{t('assessment.payment.due')}</strong>{' '}
          {t('assessment.payment.dueDetail', {
            amount,
            notice: payment.noticeNumber ?? t('assessment.payment.noNotice'),
            due:
              payment.dueDate === null
                ? t('assessment.payment.noDueDate')
                : formatDate(payment.dueDate, language),
          })}
        </p>
      );
  }
}
