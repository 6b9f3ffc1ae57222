import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CodeEntry } from '@shared/api/reference-v1';
import type { Declaration } from '@shared/domain';
import type { AssessmentClaim } from '@shared/domain/assessment-claim';
import { useSyncRuntime } from '../../app/services';
import { useSelectedPost, useSession } from '../../state';
import { decisionErrorText } from './decision-error';
import { DecisionForm } from './DecisionForm';

/** "Decide" on the detail page: saves a decision command locally, then the loop pushes it. */
export function DecidePanel({
  declaration,
  reasonCodes,
  assessment = null,
}: {
  /**
   * The declaration on screen, as the page holds it: its id, payment state (the warning before a
   * release of unsecured duty), lane, documents and assignee, for the details and the confirmation.
   */
  declaration: Declaration;
  /** The codes pack's reason codes per decision kind, where the device holds one. */
  reasonCodes?: Record<string, CodeEntry[]>;
  /** The assessment on screen (corrected where the officer corrected), carried by a `reassess`. */
  assessment?: AssessmentClaim | null;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const runtime = useSyncRuntime();
  const post = useSelectedPost();

  return (
    <section className="panel decide-panel">
      <h2>{t('decide.title')}</h2>
      {session === null ? (
        <p>
          <Link to="/sign-in">{t('session.needed')}</Link>
        </p>
      ) : (
        <DecisionForm
          {...(reasonCodes ? { reasonCodes } : {})}
          actor={{ role: session.officer.role, officerId: session.officer.id }}
          officers={post?.officers ?? []}
          target={declaration}
          assessment={assessment}
          payment={declaration.payment}
          opening={runtime === null}
          onSave={async (form) => {
            if (runtime === null) return t('decide.errors.NO_SYNC');
            const saved = await runtime.decisions.decide(declaration.id, session.officer.id, form);
            return saved.ok ? null : decisionErrorText(t, saved.error);
          }}
        />
      )}
    </section>
  );
}
