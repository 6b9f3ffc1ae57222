import type { DecisionCommand, DecisionId } from '../domain/decision';

/**
 * What start-up found in the outbox: the decision ids it holds, or nothing usable because the
 * database was missing or corrupt (and has been moved aside).
 */
export type OutboxSnapshot = { state: 'present'; decisionIds: readonly DecisionId[] } | { state: 'lost' };

export type Reconciliation = {
  /** True when the outbox was lost: it is recreated empty and `toOutbox` is the whole journal. */
  rebuildOutbox: boolean;
  /** Journalled commands the outbox lacks, in journal order: re-insert them as pending. */
  toOutbox: DecisionCommand[];
  /** Outbox decisions the journal lacks, in outbox order: append them to the journal. */
  toJournal: DecisionId[];
};

/**
 * Brings the two durable copies of the officer's decisions back into agreement at start-up. The
 * outbox commits first and the journal second, so a crash between them leaves a decision in the
 * outbox only; a rebuilt or restored outbox leaves decisions in the journal only. Neither copy
 * is ever shrunk: reconciliation only adds what one side is missing.
 */
export function reconcileJournalWithOutbox(
  journal: readonly DecisionCommand[],
  outbox: OutboxSnapshot,
): Reconciliation {
  const journalled = uniqueByDecisionId(journal);
  if (outbox.state === 'lost') return { rebuildOutbox: true, toOutbox: journalled, toJournal: [] };

  const inOutbox = new Set<string>(outbox.decisionIds);
  const inJournal = new Set<string>(journalled.map((command) => command.decisionId));
  return {
    rebuildOutbox: false,
    toOutbox: journalled.filter((command) => !inOutbox.has(command.decisionId)),
    toJournal: [...new Set(outbox.decisionIds)].filter((id) => !inJournal.has(id)),
  };
}

/** The journal is idempotent by decisionId; should a duplicate slip in, the first line wins. */
function uniqueByDecisionId(commands: readonly DecisionCommand[]): DecisionCommand[] {
  const seen = new Set<string>();
  return commands.filter((command) => {
    if (seen.has(command.decisionId)) return false;
    seen.add(command.decisionId);
    return true;
  });
}
