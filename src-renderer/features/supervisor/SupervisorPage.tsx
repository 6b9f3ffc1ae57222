import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db';
import { listHeldWithHistory } from '../../db/supervisor-repo';
import { formatDateTime } from '../../i18n';
import { useLanguage, useSelectedPost, useSession } from '../../state';
import { DecidePanel } from '../decide';
import { supervisorQueue, type QueueItem } from './queue';

/**
 * The supervisor's queue (issue 11, item 6): the declarations officers referred and the conflicts
 * they escalated, each with its resolve actions: the Decide panel, which offers a supervisor every
 * decision on the referral, assigning it and re-routing its lane, with the same confirmation.
 */
export function SupervisorPage() {
  const { t } = useTranslation();
  const { db } = useServices();
  const session = useSession();
  const postId = session?.officer.postId ?? null;
  const query = useCallback(
    async () => (postId === null ? null : listHeldWithHistory(db, postId)),
    [db, postId],
  );
  const result = useLiveQuery(query, { keepLast: true });
  if (session?.officer.role !== 'supervisor') {
    return <p className="empty-state">{t('supervisor.onlySupervisors')}</p>;
  }
  if (result.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  if (result.status === 'error' || result.value === null) {
    return <p className="empty-state error-text">{t('errors.storage')}</p>;
  }
  const queue = supervisorQueue(result.value.declarations, result.value.history);
  return (
    <section className="page supervisor-queue">
      <h1>{t('supervisor.title')}</h1>
      <QueueSection
        title={t('supervisor.escalated')}
        empty={t('supervisor.emptyEscalated')}
        items={queue.escalated}
        testId="supervisor-escalated"
      />
      <QueueSection
        title={t('supervisor.referred')}
        empty={t('supervisor.emptyReferred')}
        items={queue.referred}
        testId="supervisor-referred"
      />
    </section>
  );
}

function QueueSection({
  title,
  empty,
  items,
  testId,
}: {
  title: string;
  empty: string;
  items: readonly QueueItem[];
  testId: string;
}) {
  return (
    <section className="panel" data-testid={testId}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="queue-list">
          {items.map((item) => (
            <QueueEntry key={item.declaration.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QueueEntry({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const post = useSelectedPost();
  const [resolving, setResolving] = useState(false);
  const { declaration, referral } = item;
  const nameOf = (officerId: string) =>
    post?.officers.find((officer) => officer.id === officerId)?.displayName ?? officerId;
  const assignee = declaration.assignedTo ?? null;
  return (
    <li data-testid="supervisor-item" data-declaration-id={declaration.id}>
      <p>
        <Link className="mono" to={`/declarations/${encodeURIComponent(declaration.id)}`}>
          {declaration.reference}
        </Link>
        {' · '}
        {t('supervisor.referredBy', {
          officer: nameOf(referral.officerId),
          time: formatDateTime(referral.recordedAt, language),
        })}
        {referral.reasonCode !== null && (
          <>
            {' · '}
            <span className="mono">{referral.reasonCode}</span>
          </>
        )}
        {' · '}
        {assignee === null
          ? t('supervisor.unassigned')
          : t('supervisor.assignedTo', { name: nameOf(assignee) })}
      </p>
      {referral.note !== '' && <p className="muted">{referral.note}</p>}
      <button type="button" aria-expanded={resolving} onClick={() => setResolving(!resolving)}>
        {t('supervisor.open')}
      </button>
      {resolving && <DecidePanel declaration={declaration} />}
    </li>
  );
}
