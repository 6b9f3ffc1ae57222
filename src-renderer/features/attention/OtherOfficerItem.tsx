import { useTranslation } from 'react-i18next';
import type { OfficerId } from '@shared/domain';
import type { OutboxEntry } from '@shared/sync';
import { useOfficerName } from './use-officer-name';

/**
 * Another officer's decisions waiting on this device: the server takes an officer's decisions
 * only from their own session, so they go when that officer signs in here again.
 */
export function OtherOfficerItem({ officerId, entries }: { officerId: OfficerId; entries: OutboxEntry[] }) {
  const { t } = useTranslation();
  const nameOf = useOfficerName();
  const declarations = [...new Set(entries.map((entry) => entry.command.declarationId))];
  return (
    <li className="panel attention-item" data-testid="attention-other-officer" data-officer-id={officerId}>
      <p>
        <span className="mono">{declarations.join(', ')}</span> ·{' '}
        {t('attention.otherOfficer', { officer: nameOf(officerId) })}
      </p>
    </li>
  );
}
