import type { DecisionEntry } from '@shared/api/decision-history';
import type { DocumentCheckState } from '@shared/domain/decision-details';
import type { OutboxEntry } from '@shared/sync';

/**
 * A declaration's decisions as this device knows them: those the centre applied (oldest first)
 * and this device's own it has not confirmed yet (in seq order).
 */
export type DecisionTimeline = { applied: readonly DecisionEntry[]; unconfirmed: readonly OutboxEntry[] };

/** The device's entries the applied history does not hold yet (an applied one may still be arriving). */
export function unconfirmedOf(
  applied: readonly DecisionEntry[],
  device: readonly OutboxEntry[],
): OutboxEntry[] {
  const known = new Set(applied.map((entry) => entry.decisionId));
  return device.filter((entry) => !known.has(entry.command.decisionId));
}

/** A document's state as the newest documentary check recorded it. */
export type DocumentCheckMark = {
  state: DocumentCheckState;
  officerId: string;
  /** Server time of record, or the device's time for a check not yet confirmed. */
  at: string;
  pending: boolean;
};

export const documentKey = (code: string, reference: string): string => `${code}\u0000${reference}`;

/**
 * Each document's newest check state: the applied checks in order, then this device's unconfirmed
 * ones (newer than anything applied: they were decided on the version shown), later overriding
 * earlier. A rejected check of the device is not a check.
 */
export function documentCheckMarks(timeline: DecisionTimeline): Map<string, DocumentCheckMark> {
  const checks = [
    ...timeline.applied.map((entry) => ({ ...entry, at: entry.recordedAt, pending: false })),
    ...timeline.unconfirmed
      .filter(({ state }) => state !== 'rejected')
      .map(({ command }) => ({ ...command, at: command.decidedAt, pending: true })),
  ];
  const marks = new Map<string, DocumentCheckMark>();
  for (const { documentChecks, officerId, at, pending } of checks) {
    for (const check of documentChecks ?? []) {
      marks.set(documentKey(check.code, check.reference), { state: check.state, officerId, at, pending });
    }
  }
  return marks;
}
