import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesOf, isStuck, needsAttentionQueue, pendingOfOthers } from '@shared/sync';
import { useServices } from '../../app/services';
import { listOutboxEntries, useLiveQuery } from '../../db';
import { useSession } from '../../state';
import { AttentionItem } from './AttentionItem';
import { OtherOfficerItem } from './OtherOfficerItem';
import { StuckItem } from './StuckItem';

/**
 * The "Needs attention" queue of the officer signed in, each entry once: a conflict or rejection
 * until acknowledged or replaced, a stuck decision until retried or sent. Below it, one line per
 * other officer with decisions pending on this device (a shared workstation): only their own
 * session can send them. With no one signed in, every officer's queue is listed.
 */
export function AttentionPage() {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const officerId = useSession()?.officer.id ?? null;
  const query = useCallback(async () => {
    const entries = outbox ? await listOutboxEntries(outbox) : [];
    if (officerId === null) return { queue: needsAttentionQueue(entries), others: [] };
    return {
      queue: needsAttentionQueue(entriesOf(entries, officerId)),
      others: pendingOfOthers(entries, officerId),
    };
  }, [outbox, officerId]);
  const result = useLiveQuery(query);
  if (result.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  if (result.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  const { queue, others } = result.value;
  return (
    <section className="page">
      <h1>{t('attention.title')}</h1>
      {queue.length === 0 ? (
        <p className="empty-state">{t('attention.empty')}</p>
      ) : (
        <ul className="attention-list">
          {queue.map((entry) =>
            isStuck(entry) ? (
              <StuckItem key={entry.command.decisionId} entry={entry} />
            ) : (
              <AttentionItem key={entry.command.decisionId} entry={entry} />
            ),
          )}
        </ul>
      )}
      {others.length > 0 && (
        <ul className="attention-list">
          {others.map((other) => (
            <OtherOfficerItem key={other.officerId} officerId={other.officerId} entries={other.entries} />
          ))}
        </ul>
      )}
    </section>
  );
}
