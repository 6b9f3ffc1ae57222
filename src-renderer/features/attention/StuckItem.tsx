import { useTranslation } from 'react-i18next';
import { serverFailuresOf, type OutboxEntry } from '@shared/sync';
import { useSyncRuntime } from '../../app/services';
import { AttentionSubject } from './AttentionSubject';

/**
 * A decision the central API keeps failing on. It is still on this device and not on the server,
 * so it cannot be acknowledged away: Retry sends it again with the next sync.
 */
export function StuckItem({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const runtime = useSyncRuntime();
  const { command } = entry;
  return (
    <li
      className="panel attention-item"
      data-testid="attention-item"
      data-reason="stuck"
      data-decision-id={command.decisionId}
    >
      <AttentionSubject command={command}>
        <span data-testid="attention-stuck-reason">
          {t('attention.stuck', { failures: serverFailuresOf(entry) })}
        </span>
      </AttentionSubject>
      <div className="attention-actions">
        <button
          type="button"
          data-testid="attention-retry"
          disabled={runtime === null}
          onClick={() => void runtime?.decisions.retry(command.decisionId)}
        >
          {t('attention.retry')}
        </button>
      </div>
    </li>
  );
}
