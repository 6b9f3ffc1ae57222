import { StoredOutcome } from '@shared/api/sync-v1';
import { DecisionCommand } from '@shared/domain/decision';
import type { DeclarationId } from '@shared/domain/ids';
import type { ReferenceServer } from '@shared/sync/testing/reference-server';
import { assertNever } from '@shared/util/assert-never';
import type { Queryable } from '../db/database';

// What the conformance test compares at the end of a run, read the same way from the reference
// servers (one per post) and from the real server's tables.

/** What is compared of each declaration: what decisions change (assignedTo: null when nobody). */
type DeclarationRow = {
  id: string;
  version: number;
  status: string;
  lane: string | null;
  assigned_to: string | null;
};
type DecisionRow = {
  decisionId: string;
  officerId: string;
  deviceId: string;
  seq: number;
  declarationId: string;
  outcome: unknown;
};
type ProgressRow = { deviceId: string; officerId: string; lastProcessedSeq: number; processedCount: number };

export type ComparedState = {
  declarations: Record<string, DeclarationRow[]>;
  decisions: DecisionRow[];
  progress: ProgressRow[];
};

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * An outcome as the rules decide it, without messages or timestamps. Two differences are by
 * design and mapped here: a withdrawn declaration is DECLARATION_WITHDRAWN on the real server
 * where the reference, which forgets it, answers DECLARATION_NOT_FOUND; and an amendment's
 * `changes` are not compared, because the reference amends the risk score and the real server
 * counts only material fields (the test amends the invoice total there), so only that an
 * amendment came after `baseVersion` is.
 */
export function outcomeShape(outcome: StoredOutcome, withdrawn: boolean): unknown {
  switch (outcome.outcome) {
    case 'APPLIED':
      return { outcome: 'APPLIED', version: outcome.declarationVersion, status: outcome.status };
    case 'REJECTED': {
      const code =
        withdrawn && outcome.code === 'DECLARATION_WITHDRAWN' ? 'DECLARATION_NOT_FOUND' : outcome.code;
      return { outcome: 'REJECTED', code };
    }
    case 'CONFLICT':
      switch (outcome.reason) {
        case 'ALREADY_DECIDED': {
          const { decisionId, kind, officerId } = outcome.competing;
          return { outcome: 'CONFLICT', reason: outcome.reason, competing: { decisionId, kind, officerId } };
        }
        case 'AMENDED_SINCE_VIEWED':
          return { outcome: 'CONFLICT', reason: outcome.reason, currentVersion: outcome.currentVersion };
        case 'DECIDED_SINCE_VIEWED':
          return {
            outcome: 'CONFLICT',
            reason: outcome.reason,
            currentVersion: outcome.currentVersion,
            intervening: outcome.intervening.map((decision) => decision.decisionId),
          };
        case 'STATE_INVALID':
          return { outcome: 'CONFLICT', reason: outcome.reason, status: outcome.status };
        case 'ASSESSMENT_MISMATCH':
          return { outcome: 'CONFLICT', reason: outcome.reason, official: outcome.official };
        case 'TARIFF_OUTDATED':
          return {
            outcome: 'CONFLICT',
            reason: outcome.reason,
            current: outcome.current,
            official: outcome.official,
          };
        default:
          return assertNever(outcome, 'conflict');
      }
    default:
      return assertNever(outcome, 'outcome');
  }
}

function decisionRow(command: DecisionCommand, outcome: StoredOutcome, withdrawn: ReadonlySet<string>) {
  const { decisionId, officerId, deviceId, seq, declarationId } = command;
  return {
    decisionId,
    officerId,
    deviceId,
    seq,
    declarationId,
    outcome: outcomeShape(outcome, withdrawn.has(declarationId)),
  };
}

export function referenceState(
  posts: ReadonlyArray<{ postId: string; server: ReferenceServer }>,
  withdrawn: ReadonlySet<DeclarationId>,
): ComparedState {
  const declarations: Record<string, DeclarationRow[]> = {};
  const decisions: DecisionRow[] = [];
  const progress: ProgressRow[] = [];
  for (const { postId, server } of posts) {
    declarations[postId] = [...server.view.declarations.values()]
      .map(({ id, version, status, lane, assignedTo }) => ({
        id,
        version,
        status,
        lane,
        assigned_to: assignedTo ?? null,
      }))
      .sort(byKey((row) => row.id));
    for (const { command, outcome } of server.view.decisions.values()) {
      decisions.push(decisionRow(command, outcome, withdrawn));
    }
    for (const [key, held] of server.view.progress) {
      const [deviceId = '', officerId = ''] = key.split(' ');
      progress.push({ deviceId, officerId, ...held });
    }
  }
  return {
    declarations,
    decisions: decisions.sort(byKey((row) => row.decisionId)),
    progress: progress.sort(byKey((row) => `${row.deviceId} ${row.officerId}`)),
  };
}

export async function readServerState(
  db: Queryable,
  postIds: readonly string[],
  withdrawn: ReadonlySet<DeclarationId>,
): Promise<ComparedState> {
  const declarations: Record<string, DeclarationRow[]> = {};
  for (const postId of postIds) {
    declarations[postId] = await db.query<DeclarationRow>(
      `SELECT id, version, status, lane, doc->>'assignedTo' AS assigned_to FROM declarations
       WHERE post_id = $1 AND withdrawn_at IS NULL ORDER BY id`,
      [postId],
    );
  }
  const decisions = await db.query<{ command: unknown; outcome: unknown }>(
    'SELECT command, outcome FROM decisions',
  );
  const progress = await db.query<{ device_id: string; officer_id: string; seq: string; count: string }>(
    `SELECT device_id, officer_id, last_processed_seq::text AS seq, processed_count::text AS count
     FROM devices WHERE processed_count > 0`,
  );
  return {
    declarations,
    decisions: decisions
      .map((row) =>
        decisionRow(DecisionCommand.parse(row.command), StoredOutcome.parse(row.outcome), withdrawn),
      )
      .sort(byKey((row) => row.decisionId)),
    progress: progress
      .map((row) => ({
        deviceId: row.device_id,
        officerId: row.officer_id,
        lastProcessedSeq: Number(row.seq),
        processedCount: Number(row.count),
      }))
      .sort(byKey((row) => `${row.deviceId} ${row.officerId}`)),
  };
}
