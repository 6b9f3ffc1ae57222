import { DecisionEntry, HISTORY_MAX } from '@shared/api/decision-history';
import type { Queryable } from '../db/database';

// The decisions applied to declarations, as the change feed and the snapshot carry them with each
// declaration (issue 9): read in the same snapshot as the declarations, so a history always
// matches the version it travels with.

type Row = {
  decision_id: string;
  declaration_id: string;
  kind: string;
  officer_id: string;
  reason_code: string | null;
  note: string | null;
  recorded_at: Date | string;
  declaration_version: number;
  official_assessment: unknown;
  assignee: unknown;
  correction_fields: unknown;
  lane: unknown;
  document_checks: unknown;
  supersedes: string | null;
};

/**
 * What a decision carried besides its reason, as its entry shows it: the decision it supersedes,
 * and an assignment's assignee even when null (nobody).
 */
function detailsOf(row: Row): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (row.supersedes !== null) details['supersedes'] = row.supersedes;
  if (row.kind === 'assign') details['assignee'] = row.assignee ?? null;
  if (row.correction_fields != null) details['correctionFields'] = row.correction_fields;
  if (row.lane != null) details['lane'] = row.lane;
  if (row.document_checks != null) details['documentChecks'] = row.document_checks;
  return details;
}

/** The applied decisions of each declaration, oldest first (the newest HISTORY_MAX of them). */
export async function historyOf(
  tx: Queryable,
  declarationIds: readonly string[],
): Promise<Map<string, DecisionEntry[]>> {
  const histories = new Map<string, DecisionEntry[]>();
  if (declarationIds.length === 0) return histories;
  const rows = await tx.query<Row>(
    `SELECT decision_id, declaration_id, kind, officer_id, command->>'reasonCode' AS reason_code,
       command->>'note' AS note, recorded_at,
       (outcome->>'declarationVersion')::integer AS declaration_version, official_assessment,
       command->'assignee' AS assignee, command->'correctionFields' AS correction_fields,
       command->'lane' AS lane, command->'documentChecks' AS document_checks,
       command->>'supersedes' AS supersedes
     FROM decisions
     WHERE declaration_id = ANY($1::text[]) AND outcome->>'outcome' = 'APPLIED'
     ORDER BY declaration_id, (outcome->>'declarationVersion')::integer`,
    [declarationIds],
  );
  for (const row of rows) {
    const entry = DecisionEntry.parse({
      decisionId: row.decision_id,
      declarationId: row.declaration_id,
      kind: row.kind,
      officerId: row.officer_id,
      reasonCode: row.reason_code,
      note: row.note ?? '',
      recordedAt: new Date(row.recorded_at).toISOString(),
      declarationVersion: row.declaration_version,
      outcome: 'APPLIED',
      official: row.official_assessment ?? null,
      ...detailsOf(row),
    });
    const list = histories.get(row.declaration_id) ?? [];
    list.push(entry);
    histories.set(row.declaration_id, list);
  }
  for (const [id, list] of histories) {
    if (list.length > HISTORY_MAX) histories.set(id, list.slice(-HISTORY_MAX));
  }
  return histories;
}
