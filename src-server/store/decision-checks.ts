import { CompetingDecision } from '@shared/api/sync-v1';
import { differingFields, type DecisionCommand } from '@shared/domain/decision';
import type { z } from 'zod';
import type { Queryable } from '../db/database';
import { foldChanges, type MaterialChange } from '../sync/material';

// The reads the judgement of one decision needs, each inside the claiming transaction.

type Competing = z.infer<typeof CompetingDecision>;
type CompetingRow = { decision_id: string; kind: string; officer_id: string; recorded_at: Date | string };

const COMPETING_COLUMNS = 'd.decision_id, d.kind, d.officer_id, d.recorded_at';

function toCompeting(row: CompetingRow): Competing {
  return CompetingDecision.parse({
    decisionId: row.decision_id,
    kind: row.kind,
    officerId: row.officer_id,
    recordedAt: new Date(row.recorded_at).toISOString(),
  });
}

/** The final decision (release, reject) that closed the declaration, if one did. */
export async function finalDecision(tx: Queryable, declarationId: string): Promise<Competing | null> {
  const rows = await tx.query<CompetingRow>(
    `SELECT ${COMPETING_COLUMNS} FROM declaration_final_decisions f
     JOIN decisions d ON d.decision_id = f.decision_id WHERE f.declaration_id = $1`,
    [declarationId],
  );
  return rows[0] === undefined ? null : toCompeting(rows[0]);
}

/** The material fields the declarant changed after `baseVersion`, folded into one diff. */
export async function amendedSince(
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
 * Other officers' decisions applied to the declaration after the version `command` was made on,
 * oldest first. The officer's own never count: one officer deciding twice offline saw both.
 */
export async function decidedSince(tx: Queryable, command: DecisionCommand): Promise<Competing[]> {
  const rows = await tx.query<CompetingRow>(
    `SELECT ${COMPETING_COLUMNS} FROM decisions d
     WHERE d.declaration_id = $1 AND d.officer_id <> $2 AND d.outcome->>'outcome' = 'APPLIED'
       AND (d.outcome->>'declarationVersion')::integer > $3
     ORDER BY (d.outcome->>'declarationVersion')::integer`,
    [command.declarationId, command.officerId, command.baseVersion],
  );
  return rows.map(toCompeting);
}

/**
 * Why `command.supersedes` cannot be re-decided by this command, or null when it can: it must name
 * an earlier decision of the same officer on the same declaration that ended in a conflict or a
 * rejection, and that the officer has not re-decided already (a re-decision that was itself
 * refused SUPERSEDES_INVALID, or another officer's, uses nothing up). A command cannot name itself, and
 * since the named decision must already be recorded, no chain of them can form a cycle.
 */
export async function supersedesProblem(tx: Queryable, command: DecisionCommand): Promise<string | null> {
  const superseded = command.supersedes;
  if (superseded === null) return null;
  if (superseded === command.decisionId) return 'a decision cannot supersede itself';
  const rows = await tx.query<{
    declaration_id: string;
    officer_id: string;
    outcome: string | null;
    superseded_by: string | null;
  }>(
    `SELECT s.declaration_id, s.officer_id, s.outcome->>'outcome' AS outcome,
       (SELECT o.decision_id FROM decisions o
        WHERE o.command->>'supersedes' = s.decision_id AND o.decision_id <> $2
          AND o.officer_id = s.officer_id
          AND (o.outcome->>'code') IS DISTINCT FROM 'SUPERSEDES_INVALID' LIMIT 1) AS superseded_by
     FROM decisions s WHERE s.decision_id = $1`,
    [superseded, command.decisionId],
  );
  const row = rows[0];
  if (row === undefined) return `supersedes ${superseded}, which this server has not recorded`;
  if (row.declaration_id !== command.declarationId || row.officer_id !== command.officerId) {
    return `supersedes ${superseded}, which is not this officer's decision on declaration ${command.declarationId}`;
  }
  if (row.outcome !== 'CONFLICT' && row.outcome !== 'REJECTED') {
    return `supersedes ${superseded}, which was not conflicted or rejected: only those can be re-decided`;
  }
  if (row.superseded_by !== null) return `${superseded} was already re-decided by ${row.superseded_by}`;
  return null;
}

/**
 * The fields in which a re-sent command differs from the one first stored under its id, before
 * and after. Notes are named, not echoed: they may be 4,000 characters.
 */
export function commandDifferences(stored: unknown, sent: DecisionCommand): MaterialChange[] {
  return differingFields(stored, sent).map((field) =>
    field === 'note'
      ? { field, before: '(another note)', after: '(this note)' }
      : { field, before: Reflect.get(Object(stored), field) ?? null, after: sent[field] },
  );
}

/**
 * Why an assignment names nobody the post knows, or null: the assignee must be an officer of the
 * declaration's post (an unassignment names nobody, which is always fine).
 */
export async function assigneeProblem(
  tx: Queryable,
  command: Pick<DecisionCommand, 'assignee'>,
  postId: string,
): Promise<string | null> {
  const assignee = command.assignee ?? null;
  if (assignee === null) return null;
  const rows = await tx.query<{ id: string }>('SELECT id FROM officers WHERE id = $1 AND post_id = $2', [
    assignee,
    postId,
  ]);
  return rows.length === 0 ? `${assignee} is not an officer of post ${postId}` : null;
}
