import type { Declaration } from '@shared/domain';
import { toWorklistRow, type WorklistRow } from '../../db';

export { laneRank, statusRank } from '../../db';

/** What the worklist shows of a declaration: its stored worklist row, and whether it is pending. */
export type DeclarationRow = WorklistRow & {
  /** A decision on it is saved here and not yet confirmed by the server. */
  pending: boolean;
};

export function toRow(declaration: Declaration, pending = false): DeclarationRow {
  return { ...toWorklistRow(declaration), pending };
}
