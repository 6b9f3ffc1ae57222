import { DecisionId, type DecisionCommand, type DeclarationId, type OfficerId } from '@shared/domain';
import type { AssessmentClaim } from '@shared/domain/assessment-claim';
import type { DecisionDetails } from '@shared/domain/decision-details';
import type { HostBridge } from '@shared/ipc';
import { reconcileJournalWithOutbox } from '@shared/journal';
import type { DecisionInput, DecideError, OutboxEntry, SyncEngine } from '@shared/sync';
import { err, ok, type Result } from '@shared/util/result';
import { outboxDecisionIds, restoreFromJournal, type OutboxDb } from '../db';

/** Why a decision was not reported saved: the engine's reasons, or the journal's. */
export type SaveDecisionError = DecideError | { code: 'JOURNAL'; journalCode: string; message: string };

export type DecisionForm = {
  kind: DecisionInput['kind'];
  reasonCode: string | null;
  note: string;
  /** The assessment a `reassess` carries: the officer's corrections, the versions, the figures. */
  assessment?: AssessmentClaim;
} & DecisionDetails;

type Journal = Pick<HostBridge, 'appendDecision' | 'readJournal'>;

/**
 * A decision is saved when the strict outbox transaction has committed and, in Electron, the main
 * process has appended it to its fsync'ed journal (DESIGN.md, "Local storage"). If the journal
 * refuses (DISK_FULL), the officer is told; start-up reconciliation writes it to the journal later.
 */
async function journalled(
  host: Journal,
  saved: Result<OutboxEntry, DecideError>,
): Promise<Result<OutboxEntry, SaveDecisionError>> {
  if (!saved.ok) return saved;
  const appended = await host.appendDecision(saved.value.command);
  if (!appended.ok) {
    return err({ code: 'JOURNAL', journalCode: appended.error.code, message: appended.error.message });
  }
  return ok(saved.value);
}

export type Decisions = {
  decide(
    declarationId: DeclarationId,
    officerId: OfficerId,
    form: DecisionForm,
  ): Promise<Result<OutboxEntry, SaveDecisionError>>;
  redecide(
    superseded: DecisionId,
    officerId: OfficerId,
    form: DecisionForm,
  ): Promise<Result<OutboxEntry, SaveDecisionError>>;
  escalate(
    superseded: DecisionId,
    officerId: OfficerId,
    note: string,
  ): Promise<Result<OutboxEntry, SaveDecisionError>>;
  acknowledge(id: DecisionId): Promise<void>;
  /** "Retry" on a stuck decision: it is sent again with the next sync, which this asks for. */
  retry(id: DecisionId): Promise<void>;
};

export function createDecisions(engine: SyncEngine, host: Journal, onSaved: () => void): Decisions {
  const after = async (saved: Promise<Result<OutboxEntry, SaveDecisionError>>) => {
    const result = await saved;
    // Push on write: even a journal failure leaves the decision in the outbox, so send it.
    onSaved();
    return result;
  };
  return {
    decide: (declarationId, officerId, form) =>
      after(engine.decide({ declarationId, officerId, ...form }).then((saved) => journalled(host, saved))),
    redecide: (superseded, officerId, form) =>
      after(engine.redecide(superseded, { officerId, ...form }).then((saved) => journalled(host, saved))),
    escalate: (superseded, officerId, note) =>
      after(
        engine
          .escalate(superseded, { officerId, reasonCode: null, note })
          .then((saved) => journalled(host, saved)),
      ),
    acknowledge: async (id) => {
      await engine.acknowledge(id);
    },
    retry: async (id) => {
      const retried = await engine.retryStuck(id);
      if (retried.ok && retried.value) onSaved();
    },
  };
}

/**
 * Start-up: brings the Electron journal and the outbox into agreement. Decisions only in the
 * journal go back into the outbox; decisions only in the outbox are appended to the journal.
 */
export async function reconcileWithJournal(
  host: Journal,
  outbox: OutboxDb,
  commandsInOutbox: (ids: readonly string[]) => Promise<DecisionCommand[]>,
): Promise<Result<{ restored: number; journalled: number }, { code: string; message: string }>> {
  const journal = await host.readJournal();
  if (!journal.ok) return journal;
  const ids = await outboxDecisionIds(outbox);
  const plan = reconcileJournalWithOutbox(journal.value.commands, {
    state: 'present',
    decisionIds: ids.flatMap((id) => {
      const parsed = DecisionId.safeParse(id);
      return parsed.success ? [parsed.data] : [];
    }),
  });
  await restoreFromJournal(outbox, plan.toOutbox);
  for (const command of await commandsInOutbox(plan.toJournal)) {
    const appended = await host.appendDecision(command);
    if (!appended.ok) return appended;
  }
  return ok({ restored: plan.toOutbox.length, journalled: plan.toJournal.length });
}
