import type { DecisionEntry } from '@shared/api/decision-history';
import type { Declaration } from '@shared/domain';

/** A declaration waiting for a supervisor, with the referral that put it there. */
export type QueueItem = { declaration: Declaration; referral: DecisionEntry };

export type SupervisorQueue = {
  /** Referred by an officer (held, newest decision a referral), oldest referral first. */
  referred: QueueItem[];
  /** Conflicts an officer escalated: a referral that supersedes a conflicted or rejected decision. */
  escalated: QueueItem[];
};

/**
 * The supervisor's queue from what the device holds: each held declaration whose newest applied
 * decision is a referral. A later decision (a release, a re-route, an assignment…) takes it off,
 * so resolving one is deciding on it, like any decision.
 */
export function supervisorQueue(
  declarations: readonly Declaration[],
  history: readonly DecisionEntry[],
): SupervisorQueue {
  const newest = new Map<string, DecisionEntry>();
  for (const entry of history) {
    const seen = newest.get(entry.declarationId);
    if (seen === undefined || entry.declarationVersion > seen.declarationVersion)
      newest.set(entry.declarationId, entry);
  }
  const items = declarations
    .flatMap((declaration) => {
      const referral = newest.get(declaration.id);
      return declaration.status === 'held' && referral?.kind === 'refer' ? [{ declaration, referral }] : [];
    })
    .sort((a, b) => a.referral.recordedAt.localeCompare(b.referral.recordedAt));
  return {
    referred: items.filter((item) => (item.referral.supersedes ?? null) === null),
    escalated: items.filter((item) => (item.referral.supersedes ?? null) !== null),
  };
}
