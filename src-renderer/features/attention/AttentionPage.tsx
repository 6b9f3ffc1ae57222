import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isStuck, needsAttentionQueue } from '@shared/sync';
import { useServices } from '../../app/services';
import { listOutboxEntries, useLiveQuery } from '../../db';
import { AttentionItem } from './AttentionItem';
import { StuckItem } from './StuckItem';

/**
 * The "Needs attention" queue, each entry once: a conflict or rejection until acknowledged or
 * replaced, a stuck decision until retried or sent.
 */
export function AttentionPage() {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const query = useCallback(
    async () => (outbox ? needsAttentionQueue(await listOutboxEntries(outbox)) : []),
    [outbox],
  );
  const result = useLiveQuery(query);
  if (result.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  if (result.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  return (
    <section className="page">
      <h1>{t('attention.title')}</h1>
      {result.value.length === 0 ? (
        <p className="empty-state">{t('attention.empty')}</p>
      ) : (
        <ul className="attention-list">
          {result.value.map((entry) =>
            isStuck(entry) ? (
              <StuckItem key={entry.command.decisionId} entry={entry} />
            ) : (
              <AttentionItem key={entry.command.decisionId} entry={entry} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
