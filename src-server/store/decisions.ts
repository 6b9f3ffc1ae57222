import type { StoredOutcome } from '@shared/api/sync-v1';
import type { DecisionCommand } from '@shared/domain/decision';
import type { Declaration } from '@shared/domain/declaration';
import {
  decidedDeclaration,
  isSafeOverIntervening,
  transition,
  reasonProblem,
  unsecuredReleaseProblem,
} from '@shared/domain/decision-rules';
import { detailsProblem } from '@shared/domain/decision-details';
import { roleProblem } from '@shared/domain/role-matrix';
import type { Principal } from '../auth/tokens';
import type { Database, Queryable } from '../db/database';
import { dataException } from '../db/sqlstate';
import { appendChanges } from './change-log';
import {
  amendedSince,
  assigneeProblem,
  commandDifferences,
  decidedSince,
  finalDecision,
  supersedesProblem,
} from './decision-checks';
import { loadForUpdate, saveDeclaration } from './declarations';
import { countClaim } from './device-progress';
import { claimRefusal, storeOfficialAssessment, verifyAssessment } from '../verify/assessment';

/**
 * What became of one command: `first` was claimed now and judged (its outcome stored for good),
 * `duplicate` is a retry of a command claimed before, `refused` was answered but not claimed, so
 * it stored nothing and moved no progress (an id or seq another command holds, a full rejection
 * quota, a value the database cannot store).
 */
export type ProcessedDecision = { kind: 'first' | 'duplicate' | 'refused'; outcome: StoredOutcome };

/**
 * How many rejections one officer can make the server keep in 24 hours. Every outcome is kept
 * forever (a retry must get the same answer), so without a bound anyone signed in could fill the
 * database with commands it must refuse. Past it a rejection is still answered (the device
 * settles and shows it), just not recorded. A post's honest rejections are a handful a day.
 */
export const REJECTIONS_KEPT_PER_DAY = 200;

/** Thrown inside the claiming transaction to roll it back and answer without storing anything. */
class Refusal extends Error {
  constructor(readonly outcome: StoredOutcome) {
    super(outcome.outcome);
  }
}

/**
 * Applies one decision at most once, in ONE transaction: the decisionId and the device's
 * (officer, seq) are claimed first (the dedupe record, kept forever, and the device's progress
 * counted with it); a claim that already exists answers DUPLICATE for the same command and
 * REJECTED for another one. Otherwise the decision is judged, its effect (status, version, change
 * log) written and its outcome stored, all committing together or not at all.
 */
export async function processDecision(
  db: Database,
  principal: Principal,
  command: DecisionCommand,
): Promise<ProcessedDecision> {
  try {
    return await db.transaction((tx) => claimAndJudge(tx, principal, command));
  } catch (error) {
    if (error instanceof Refusal) return { kind: 'refused', outcome: error.outcome };
    // The shared schema refuses every such value first; this is the net under it.
    const unstorable = dataException(error);
    if (unstorable === null) throw error;
    return {
      kind: 'refused',
      outcome: rejected(
        command,
        'UNSTORABLE_COMMAND',
        `the database cannot store this command: ${unstorable}`,
      ),
    };
  }
}

async function claimAndJudge(
  tx: Queryable,
  principal: Principal,
  command: DecisionCommand,
): Promise<ProcessedDecision> {
  const claimed = await tx.query<{ recorded_at: Date | string }>(
    `INSERT INTO decisions (decision_id, device_id, seq, declaration_id, kind, base_version, officer_id, command)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT DO NOTHING RETURNING recorded_at`,
    [
      command.decisionId,
      command.deviceId,
      command.seq,
      command.declarationId,
      command.kind,
      command.baseVersion,
      command.officerId,
      JSON.stringify(command),
    ],
  );
  const claim = claimed[0];
  if (claim === undefined) return answerUnclaimed(tx, command);
  await countClaim(tx, { deviceId: command.deviceId, officerId: command.officerId }, command.seq);
  const recordedAt = new Date(claim.recorded_at).toISOString();
  const outcome = await judgeAndApply(tx, principal, command, recordedAt);
  if (outcome.outcome === 'REJECTED') await refuseOverQuota(tx, command, outcome, recordedAt);
  // rejected_at is what the quota counts: set with the outcome, in one write.
  await tx.query('UPDATE decisions SET outcome = $2, rejected_at = $3 WHERE decision_id = $1', [
    command.decisionId,
    JSON.stringify(outcome),
    outcome.outcome === 'REJECTED' ? recordedAt : null,
  ]);
  return { kind: 'first', outcome };
}

/**
 * The id or the seq is already claimed. The same command again is a retry: DUPLICATE with the
 * stored outcome. Anything else must never borrow that outcome, which would settle on the device
 * a decision the server never judged.
 */
async function answerUnclaimed(tx: Queryable, command: DecisionCommand): Promise<ProcessedDecision> {
  const byId = await tx.query<{ command: unknown; outcome: StoredOutcome }>(
    'SELECT command, outcome FROM decisions WHERE decision_id = $1',
    [command.decisionId],
  );
  const first = byId[0];
  if (first !== undefined) {
    const differences = commandDifferences(first.command, command);
    if (differences.length === 0) return { kind: 'duplicate', outcome: first.outcome };
    const fields = differences
      .map(({ field, before, after }) => `${field} ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
      .join(', ');
    return {
      kind: 'refused',
      outcome: rejected(
        command,
        'DECISION_ID_REUSED',
        `decisionId ${command.decisionId} already names another command (${fields})`,
      ),
    };
  }
  const bySeq = await tx.query<{ decision_id: string }>(
    `SELECT decision_id FROM decisions
     WHERE device_id = $1 AND officer_id = $2 AND seq = $3 AND NOT seq_reused_before_rule`,
    [command.deviceId, command.officerId, command.seq],
  );
  return {
    kind: 'refused',
    outcome: rejected(
      command,
      'SEQ_REUSED',
      `seq ${command.seq} of this device already names decision ${bySeq[0]?.decision_id ?? '(unknown)'}`,
    ),
  };
}

/** Refuses to keep a rejection past the officer's daily quota: rolled back, answered, not stored. */
async function refuseOverQuota(
  tx: Queryable,
  command: DecisionCommand,
  outcome: Rejected,
  recordedAt: string,
): Promise<void> {
  const rows = await tx.query<{ kept: string }>(
    `SELECT count(*)::text AS kept FROM decisions
     WHERE officer_id = $1 AND rejected_at IS NOT NULL AND rejected_at > $2::timestamptz - interval '1 day'`,
    [command.officerId, recordedAt],
  );
  if (Number(rows[0]?.kept ?? 0) < REJECTIONS_KEPT_PER_DAY) return;
  throw new Refusal(
    rejected(
      command,
      'REJECTION_QUOTA_EXCEEDED',
      `${outcome.code}: ${outcome.message} (not recorded: this officer has had ${REJECTIONS_KEPT_PER_DAY} decisions rejected in 24 hours)`,
    ),
  );
}

type Rejected = Extract<StoredOutcome, { outcome: 'REJECTED' }>;

function rejected(command: DecisionCommand, code: string, message: string): Rejected {
  return { outcome: 'REJECTED', decisionId: command.decisionId, code, message };
}

// The order of checks is the contract: poison, scope and validity first (REJECTED), then the
// conflicts an officer resolves (CONFLICT), then the effect.
async function judgeAndApply(
  tx: Queryable,
  principal: Principal,
  command: DecisionCommand,
  recordedAt: string,
): Promise<StoredOutcome> {
  const stored = await loadForUpdate(tx, command.declarationId);
  // Another post's declaration is answered exactly like one that does not exist: with sequential
  // ids, a different answer would let anyone enumerate other posts' declarations.
  if (stored === null || stored.declaration.postId !== principal.postId) {
    return rejected(
      command,
      'DECLARATION_NOT_FOUND',
      `declaration ${command.declarationId} is not a declaration of post ${principal.postId}`,
    );
  }
  const current = stored.declaration;
  if (stored.withdrawn) {
    return rejected(command, 'DECLARATION_WITHDRAWN', `declaration ${current.id} has been withdrawn`);
  }
  const forbidden = roleProblem(principal, command, current);
  if (forbidden !== null) return rejected(command, 'ROLE_FORBIDDEN', forbidden);
  if (command.baseVersion > current.version) {
    return rejected(
      command,
      'BASE_VERSION_UNKNOWN',
      `baseVersion ${command.baseVersion} is newer than the server's version ${current.version}`,
    );
  }
  const reason = reasonProblem(command);
  if (reason !== null) return rejected(command, reason.code, reason.message);
  const details = detailsProblem(command, current) ?? (await assigneeProblem(tx, command, current.postId));
  if (details !== null) return rejected(command, 'DETAILS_INVALID', details);
  const unsecured = unsecuredReleaseProblem(command, current);
  if (unsecured !== null) return rejected(command, 'DUTY_UNSECURED', unsecured);
  const claim = await claimRefusal(tx, current, command);
  if (claim !== null) return rejected(command, claim.code, claim.message);
  const supersedes = await supersedesProblem(tx, command);
  if (supersedes !== null) return rejected(command, 'SUPERSEDES_INVALID', supersedes);
  const competing = await finalDecision(tx, current.id);
  if (competing !== null) {
    return { outcome: 'CONFLICT', decisionId: command.decisionId, reason: 'ALREADY_DECIDED', competing };
  }
  const changes = await amendedSince(tx, current.id, command.baseVersion);
  if (changes.length > 0) {
    return {
      outcome: 'CONFLICT',
      decisionId: command.decisionId,
      reason: 'AMENDED_SINCE_VIEWED',
      currentVersion: current.version,
      changes,
    };
  }
  if (!isSafeOverIntervening(command.kind)) {
    const intervening = await decidedSince(tx, command);
    if (intervening.length > 0) {
      return {
        outcome: 'CONFLICT',
        decisionId: command.decisionId,
        reason: 'DECIDED_SINCE_VIEWED',
        currentVersion: current.version,
        intervening,
      };
    }
  }
  const next = transition(command.kind, current.status);
  if (next === null) {
    return {
      outcome: 'CONFLICT',
      decisionId: command.decisionId,
      reason: 'STATE_INVALID',
      status: current.status,
    };
  }
  // Last, as the dearest check: the assessment recomputed (src-server/verify).
  const verified = await verifyAssessment(tx, current, command);
  if (verified.outcome === 'conflict') return verified.conflict;
  if (verified.outcome === 'verified')
    await storeOfficialAssessment(tx, command.decisionId, verified.official);
  return apply(tx, command, current, next, recordedAt);
}

async function apply(
  tx: Queryable,
  command: DecisionCommand,
  current: Declaration,
  next: NonNullable<ReturnType<typeof transition>>,
  recordedAt: string,
): Promise<StoredOutcome> {
  const decided: Declaration = {
    ...decidedDeclaration(current, command, next),
    version: current.version + 1,
  };
  await saveDeclaration(tx, decided);
  if (next.final) {
    await tx.query('INSERT INTO declaration_final_decisions (declaration_id, decision_id) VALUES ($1, $2)', [
      current.id,
      command.decisionId,
    ]);
  }
  await appendChanges(tx, [
    { kind: 'upsert', declarationId: current.id, postId: current.postId, version: decided.version },
  ]);
  return {
    outcome: 'APPLIED',
    decisionId: command.decisionId,
    declarationVersion: decided.version,
    status: decided.status,
    recordedAt,
  };
}
