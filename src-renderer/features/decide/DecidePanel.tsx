import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CodeEntry } from '@shared/api/reference-v1';
import type { Declaration, DeclarationId } from '@shared/domain';
import type { AssessmentClaim } from '@shared/domain/assessment-claim';
import type { Payment } from '@shared/domain/payment';
import { useServices, useSyncRuntime } from '../../app/services';
import { getDeclaration, useLiveQuery } from '../../db';
import { useSelectedPost, useSession } from '../../state';
import { decisionErrorText } from './decision-error';
import { DecisionForm } from './DecisionForm';

/** "Decide" on the detail page: saves a decision command locally, then the loop pushes it. */
export function DecidePanel({
  declarationId,
  reasonCodes,
  assessment = null,
  payment,
  declaration,
}: {
  /**
   * The declaration on screen, where the page holds it: the form's details and confirmation read
   * it at once, never a copy still loading (which said "this declaration, from Not selected").
   */
  declaration?: Declaration | undefined;
  /** The declaration's payment state, for the warning before a release of unsecured duty. */
  payment?: Payment | undefined;
  declarationId: DeclarationId;
  /** The codes pack's reason codes per decision kind, where the device holds one. */
  reasonCodes?: Record<string, CodeEntry[]>;
  /** The assessment on screen (corrected where the officer corrected), carried by a `reassess`. */
  assessment?: AssessmentClaim | null;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const runtime = useSyncRuntime();
  const post = useSelectedPost();
  const { db } = useServices();
  // The cached declaration (lane, documents, assignee), for the details and the confirmation.
  const cached = useLiveQuery(
    useCallback(async () => (await getDeclaration(db, declarationId)) ?? null, [db, declarationId]),
    { keepLast: true },
  );
  const target =
    declaration ?? (cached.status === 'ready' && cached.value !== null ? cached.value : undefined);

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
          {...(target ? { target } : {})}
          assessment={assessment}
          payment={payment}
          opening={runtime === null}
          onSave={async (form) => {
            if (runtime === null) return t('decide.errors.NO_SYNC');
            const saved = await runtime.decisions.decide(declarationId, session.officer.id, form);
            return saved.ok ? null : decisionErrorText(t, saved.error);
          }}
        />
      )}
    </section>
  );
}
