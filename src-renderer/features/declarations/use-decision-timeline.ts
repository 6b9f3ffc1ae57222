import { useCallback } from 'react';
import type { DeclarationId } from '@shared/domain';
import { useServices } from '../../app/services';
import { listDecisionHistory } from '../../db/declarations-repo';
import { listOutboxEntriesFor, useLiveQuery } from '../../db';
import { unconfirmedOf, type DecisionTimeline } from './decision-timeline';

/** The declaration's decisions, applied and this device's unconfirmed, kept current as either changes. */
export function useDecisionTimeline(declarationId: DeclarationId): DecisionTimeline {
  const { db, outbox } = useServices();
  const history = useLiveQuery(
    useCallback(() => listDecisionHistory(db, declarationId), [db, declarationId]),
  );
  const device = useLiveQuery(
    useCallback(
      async () => (outbox ? listOutboxEntriesFor(outbox, declarationId) : []),
      [outbox, declarationId],
    ),
  );
  const applied = history.status === 'ready' ? history.value : [];
  return { applied, unconfirmed: unconfirmedOf(applied, device.status === 'ready' ? device.value : []) };
}
