import { CompetingDecision, type DeviceProgress, type StoredOutcome } from '@shared/api/sync-v1';
import type { DecisionCommand } from '@shared/domain/decision';
import type { Declaration } from '@shared/domain/declaration';
import type { z } from 'zod';
import type { Principal } from '../auth/tokens';
import type { Database, Queryable } from '../db/database';
import { foldChanges, type MaterialChange } from '../sync/material';
import { roleMayDecide, transition } from '@shared/domain/decision-rules';
import { appendChanges } from './change-log';
import { loadForUpdate, saveDeclaration } from './declarations';

export type ProcessedDecision = { kind: 'first' | 'duplicate'; outcome: StoredOutcome };

/**
 * Applies one decision at most once, in ONE transaction: the decisionId is claimed first (the
 * primary key is the dedupe record, kept forever); a claim that already exists answers its stored
 * outcome and does nothing else. Otherwise the decision is judged, its effect (status, version,
 * change log) written and its outcome stored, all committing together or not at all.
 */
export async function processDecision(
  db: Database,
  principal: Principal,
  command: DecisionCommand,
): Promise<ProcessedDecision> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query<{ recorded_at: Date | string }>(
      `INSERT INTO decisions (decision_id, device_id, seq, declaration_id, kind, base_version, officer_id, command)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (decision_id) DO NOTHING RETURNING recorded_at`,
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
    if (claim === undefined) {
      const stored = await tx.query<{ outcome: StoredOutcome; device_id: string; seq: string }>(
        'SELECT outcome, device_id, seq::text AS seq FROM decisions WHERE decision_id = $1',
        [command.decisionId],
      );
      const first = stored[0]!;
      // A DUPLICATE only for the same device and seq: answering another command's outcome to a
      // colliding or forged id would settle a decision the server never judged.
      if (first.device_id !== command.deviceId || first.seq !== String(command.seq)) {
        return {
          kind: 'first',
          outcome: rejected(
            command,
            'DECISION_ID_REUSED',
            `decisionId ${command.decisionId} already names another device's or another seq's decision`,
          ),
        };
      }
      return { kind: 'duplicate', outcome: first.outcome };
    }
    // Counted with the claim, so that a backup's count always matches the decisions it holds.
    await tx.query(
      `INSERT INTO devices (device_id, officer_id, processed_count) VALUES ($1, $2, 1)
       ON CONFLICT (device_id) DO UPDATE SET processed_count = devices.processed_count + 1`,
      [command.deviceId, principal.officerId],
    );
    const recordedAt = new Date(claim.recorded_at).toISOString();
    const outcome = await judgeAndApply(tx, principal, command, recordedAt);
    await tx.query('UPDATE decisions SET outcome = $2 WHERE decision_id = $1', [
      command.decisionId,
      JSON.stringify(outcome),
    ]);
    return { kind: 'first', outcome };
  });
}

function rejected(command: DecisionCommand, code: string, message: string): StoredOutcome {
  return { outcome: 'REJECTED', decisionId: command.decisionId, code, message };
}

// The order of checks is the contract: poison and scope first (REJECTED), then the conflicts an
// officer resolves (CONFLICT), then the effect.
async function judgeAndApply(
  tx: Queryable,
  principal: Principal,
  command: DecisionCommand,
  recordedAt: string,
): Promise<StoredOutcome> {
  const stored = await loadForUpdate(tx, command.declarationId);
  if (stored === null) {
    return rejected(command, 'DECLARATION_NOT_FOUND', `declaration ${command.declarationId} does not exist`);
  }
  const current = stored.declaration;
  if (current.postId !== principal.postId) {
    return rejected(
      command,
      'OUT_OF_SCOPE',
      `declaration ${current.id} belongs to another post than ${principal.postId}`,
    );
  }
  if (stored.withdrawn) {
    return rejected(command, 'DECLARATION_WITHDRAWN', `declaration ${current.id} has been withdrawn`);
  }
  if (!roleMayDecide(principal.role, command.kind)) {
    return rejected(command, 'ROLE_FORBIDDEN', `a ${principal.role} may not decide "${command.kind}"`);
  }
  if (command.baseVersion > current.version) {
    return rejected(
      command,
      'BASE_VERSION_UNKNOWN',
      `baseVersion ${command.baseVersion} is newer than the server's version ${current.version}`,
    );
  }
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
  const next = transition(command.kind, current.status);
  if (next === null) {
    return {
      outcome: 'CONFLICT',
      decisionId: command.decisionId,
      reason: 'STATE_INVALID',
      status: current.status,
    };
  }
  const decided: Declaration = {
    ...current,
    status: next.to,
    lane: next.lane === 'kept' ? current.lane : next.lane,
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

async function finalDecision(
  tx: Queryable,
  declarationId: string,
): Promise<z.infer<typeof CompetingDecision> | null> {
  const rows = await tx.query<{
    decision_id: string;
    kind: string;
    officer_id: string;
    recorded_at: Date | string;
  }>(
    `SELECT d.decision_id, d.kind, d.officer_id, d.recorded_at FROM declaration_final_decisions f
     JOIN decisions d ON d.decision_id = f.decision_id WHERE f.declaration_id = $1`,
    [declarationId],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return CompetingDecision.parse({
    decisionId: row.decision_id,
    kind: row.kind,
    officerId: row.officer_id,
    recordedAt: new Date(row.recorded_at).toISOString(),
  });
}

async function amendedSince(
  tx: Queryable,
  declarationId: string,
  baseVersion: number,
): Promise<MaterialChange[]> {
  const rows = await tx.query<{ changes: MaterialChange[] }>(
    'SELECT changes FROM declaration_amendments WHERE declaration_id = $1 AND version > $2 ORDER BY version',
    [declarationId, baseVersion],
  );
  return foldChanges(rows.map((row) => row.changes));
}

/**
 * Raises the device's highest processed seq; never lowers it, whatever order batches arrive in.
 * Answers the device's progress as it stands after the batch.
 */
export async function recordProcessedSeq(
  db: Queryable,
  deviceId: string,
  officerId: string,
  seq: number,
): Promise<DeviceProgress> {
  const rows = await db.query<ProgressRow>(
    `INSERT INTO devices (device_id, officer_id, last_processed_seq) VALUES ($1, $2, $3)
     ON CONFLICT (device_id) DO UPDATE SET last_processed_seq = greatest(devices.last_processed_seq, excluded.last_processed_seq)
     RETURNING ${PROGRESS_COLUMNS}`,
    [deviceId, officerId, seq],
  );
  return progressOf(rows[0]);
}

const PROGRESS_COLUMNS = 'last_processed_seq::text AS seq, processed_count::text AS count';
type ProgressRow = { seq: string; count: string };

function progressOf(row: ProgressRow | undefined): DeviceProgress {
  return { lastProcessedSeq: Number(row?.seq ?? 0), processedCount: Number(row?.count ?? 0) };
}

export async function readDevice(
  db: Queryable,
  deviceId: string,
): Promise<({ officerId: string } & DeviceProgress) | null> {
  const rows = await db.query<{ officer_id: string } & ProgressRow>(
    `SELECT officer_id, ${PROGRESS_COLUMNS} FROM devices WHERE device_id = $1`,
    [deviceId],
  );
  const row = rows[0];
  return row === undefined ? null : { officerId: row.officer_id, ...progressOf(row) };
}
