import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import { formatDate } from '../../i18n';
import { useLanguage, usePost } from '../../state';
import { NoticeButton } from '../notice';
import type { AssessOutcome } from './assess-core';
import type { AssessmentState } from './use-assessment';
import { AssessmentView } from './AssessmentView';
import { PaymentStatus } from './PaymentStatus';
import './assessment.css';

/** What the worker answered, in the officer's words: the figures, or why there are none. */
export function OutcomeView({ outcome }: { outcome: AssessOutcome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  switch (outcome.status) {
    case 'assessed':
      return <AssessmentView result={outcome} />;
    case 'no-reference':
      return (
        <p className="empty-state" data-testid="assessment-no-reference">
          {t('assessment.noReference', {
            missing: outcome.missing.map((kind) => t(`assessment.kinds.${kind}`)).join(', '),
          })}
        </p>
      );
    case 'not-covered':
      return (
        <p className="assessment-flag error-text" data-testid="assessment-not-covered">
          {t(`assessment.notCovered.${outcome.coverage}`, {
            date: formatDate(outcome.acceptanceDate, language),
            from: formatDate(outcome.covers.from, language),
            to: formatDate(outcome.covers.to, language),
            label: outcome.ratesLabel,
          })}
        </p>
      );
    case 'refused':
      return (
        <p className="error-text" data-testid="assessment-error">
          {t('assessment.refused', { message: outcome.error.message })}
        </p>
      );
    case 'failed':
      return (
        <p className="error-text" data-testid="assessment-error">
          {t('assessment.failed', { message: outcome.message })}
        </p>
      );
  }
}

/**
 * The assessment panel on the declaration page: payment status beside the figures, the figures
 * from the worker (kept on screen while a new computation runs), and the print-notice button.
 */
export function AssessmentPanel({
  declaration,
  state,
  title,
}: {
  declaration: Declaration;
  state: AssessmentState;
  title?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const post = usePost(declaration.postId);
  const shown = state.status === 'done' ? state.outcome : state.previous;
  return (
    <section
      className="panel assessment-panel"
      data-testid="assessment-panel"
      aria-busy={state.status === 'assessing'}
    >
      <div className="assessment-heading">
        <h2>{title ?? t('assessment.title')}</h2>
        <PaymentStatus payment={declaration.payment} />
        {shown?.status === 'assessed' && (
          <NoticeButton
            declaration={declaration}
            assessment={shown.assessment}
            versions={shown.versions}
            language={language}
            post={post && { name: post.name, nameLocal: post.nameLocal, officeCode: post.officeCode }}
          />
        )}
      </div>
      {state.status === 'assessing' && <p className="muted">{t('assessment.assessing')}</p>}
      {shown !== null && <OutcomeView outcome={shown} />}
    </section>
  );
}
