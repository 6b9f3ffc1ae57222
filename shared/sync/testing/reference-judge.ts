import type { CompetingDecision, FieldChange, StoredOutcome } from '../../api/sync-v1';
import type { Declaration } from '../../domain/declaration';
import { differingFields, type DecisionCommand } from '../../domain/decision';
import type { DecisionId } from '../../domain/decision';
import type { DeclarationId, OfficerId } from '../../domain/ids';
import {
  decidedDeclaration,
  isSafeOverIntervening,
  reasonProblem,
  transition,
  unsecuredReleaseProblem,
} from '../../domain/decision-rules';
import { detailsProblem } from '../../domain/decision-details';
import { roleProblem, type Actor } from '../../domain/role-matrix';
import type { OfficialAssessment } from '../../api/decision-history';
import type { PackOf } from '../../api/reference-v1';
import type { Jurisdiction } from '../../domain/post';
import { claimRefusal, currentVersions, verifyClaim, type PublishedVersions } from '../../tariff/verify';
import type { z } from 'zod';

type Change = z.infer<typeof FieldChange>;
type Competing = z.infer<typeof CompetingDecision>;

// How the reference server judges one claimed decision: the same checks, in the same order, as
// src-server/store/decisions.ts (`judgeAndApply`), over the reference server's maps.

export type Recorded = { command: DecisionCommand; outcome: StoredOutcome };

/** What one amendment changed: the version it made and the material fields it touched. */
export type Amendment = { version: number; changes: Change[] };

/** What the judgement reads of the server's state. */
export type JudgeState = {
  declarations: ReadonlyMap<DeclarationId, Declaration>;
  decisions: ReadonlyMap<DecisionId, Recorded>;
  finalDecision: ReadonlyMap<DeclarationId, DecisionId>;
  amendments: ReadonlyMap<DeclarationId, readonly Amendment[]>;
  /** The reference packs published per jurisdiction, version n at index n − 1 (issue 9). */
  packs?: ReadonlyMap<Jurisdiction, PublishedPacks>;
  /** The post's officers, whom an assignment may name; unknown to a world without them (any goes). */
  officers?: ReadonlySet<OfficerId>;
};

export type PublishedPacks = {
  tariff: readonly PackOf<'tariff'>[];
  rates: readonly PackOf<'rates'>[];
  taxes: readonly PackOf<'taxes'>[];
};

function publishedOf(state: JudgeState, jurisdiction: Jurisdiction): PublishedVersions {
  const packs = state.packs?.get(jurisdiction);
  const versions: PublishedVersions = {};
  for (const kind of ['tariff', 'rates', 'taxes'] as const) {
    // Version n is at index n − 1, so the newest is the count; a kind never published has none.
    const newest = packs?.[kind].length ?? 0;
    if (newest > 0) versions[kind] = newest;
  }
  return versions;
}

/** An answer that changes nothing, or the declaration the decision turns it into. */
export type Judgement =
  | { kind: 'answer'; outcome: StoredOutcome }
  | { kind: 'apply'; next: Declaration; final: boolean; official: OfficialAssessment | null };

/** A retry is the same command in every field; anything else reuses the id for another command. */
export function sameCommand(a: DecisionCommand, b: DecisionCommand): boolean {
  return differingFields(a, b).length === 0;
}

function rejected(command: DecisionCommand, code: string, message: string): Judgement {
  return { kind: 'answer', outcome: { outcome: 'REJECTED', decisionId: command.decisionId, code, message } };
}

function competing(record: Recorded, recordedAt: string): Competing {
  const { command } = record;
  return { decisionId: command.decisionId, kind: command.kind, officerId: command.officerId, recordedAt };
}

/** The material fields amended after `baseVersion`, folded into one diff (first before, last after). */
function amendedSince(state: JudgeState, command: DecisionCommand): Change[] {
  const folded = new Map<string, Change>();
  for (const amendment of state.amendments.get(command.declarationId) ?? []) {
    if (amendment.version <= command.baseVersion) continue;
    for (const change of amendment.changes) {
      const before = folded.get(change.field)?.before ?? change.before;
      folded.set(change.field, { field: change.field, before, after: change.after });
    }
  }
  return [...folded.values()].filter((change) => change.before !== change.after);
}

/** Other officers' decisions applied after the version the command was made on, oldest first. */
function decidedSince(state: JudgeState, command: DecisionCommand): Competing[] {
  return [...state.decisions.values()]
    .flatMap((record) => {
      const { outcome } = record;
      return record.command.declarationId === command.declarationId &&
        record.command.officerId !== command.officerId &&
        outcome.outcome === 'APPLIED' &&
        outcome.declarationVersion > command.baseVersion
        ? [{ version: outcome.declarationVersion, decision: competing(record, outcome.recordedAt) }]
        : [];
    })
    .sort((a, b) => a.version - b.version)
    .map(({ decision }) => decision);
}

/**
 * Why `supersedes` is invalid, or null: it must name a recorded decision of the same officer on
 * the same declaration that ended in a conflict or a rejection, not re-decided by another one.
 */
function supersedesProblem(state: JudgeState, command: DecisionCommand): string | null {
  const superseded = command.supersedes;
  if (superseded === null) return null;
  if (superseded === command.decisionId) return 'a decision cannot supersede itself';
  const named = state.decisions.get(superseded);
  if (named === undefined) return `supersedes ${superseded}, which this server has not recorded`;
  if (
    named.command.declarationId !== command.declarationId ||
    named.command.officerId !== command.officerId
  ) {
    return `supersedes ${superseded}, which is not this officer's decision on this declaration`;
  }
  if (named.outcome.outcome === 'APPLIED') return `supersedes ${superseded}, which was applied`;
  // Only the officer's own re-decision counts, and not one that was itself refused.
  const by = [...state.decisions.values()].find(
    (record) =>
      record.command.supersedes === superseded &&
      record.command.officerId === named.command.officerId &&
      !(record.outcome.outcome === 'REJECTED' && record.outcome.code === 'SUPERSEDES_INVALID'),
  );
  return by === undefined ? null : `${superseded} was already re-decided by ${by.command.decisionId}`;
}

/** Why the assignee is not an officer of the post, or null (src-server's assigneeProblem). */
function assigneeProblem(state: JudgeState, command: DecisionCommand): string | null {
  const assignee = command.assignee ?? null;
  if (assignee === null || state.officers === undefined || state.officers.has(assignee)) return null;
  return `${assignee} is not an officer of this post`;
}

/**
 * Judges a claimed decision of `actor` (the session's officer and role) against the current
 * state. Pure: the server applies the result.
 */
export function judge(state: JudgeState, command: DecisionCommand, actor: Actor): Judgement {
  const { decisionId } = command;
  const current = state.declarations.get(command.declarationId);
  if (current === undefined) {
    return rejected(command, 'DECLARATION_NOT_FOUND', 'No such declaration at this post.');
  }
  // The one role matrix (shared/domain/role-matrix.ts), checked where the real server checks it.
  const forbidden = roleProblem(actor, command, current);
  if (forbidden !== null) return rejected(command, 'ROLE_FORBIDDEN', forbidden);
  if (command.baseVersion > current.version) {
    return rejected(command, 'BASE_VERSION_UNKNOWN', 'baseVersion is newer than the server version.');
  }
  const reason = reasonProblem(command);
  if (reason !== null) return rejected(command, reason.code, reason.message);
  const details = detailsProblem(command, current) ?? assigneeProblem(state, command);
  if (details !== null) return rejected(command, 'DETAILS_INVALID', details);
  const unsecured = unsecuredReleaseProblem(command, current);
  if (unsecured !== null) return rejected(command, 'DUTY_UNSECURED', unsecured);
  const published = publishedOf(state, current.jurisdiction);
  const refusal = claimRefusal(current, command, published);
  if (refusal !== null) return rejected(command, refusal.code, refusal.message);
  const supersedes = supersedesProblem(state, command);
  if (supersedes !== null) return rejected(command, 'SUPERSEDES_INVALID', supersedes);
  const winner = state.finalDecision.get(current.id);
  const winning = winner === undefined ? undefined : state.decisions.get(winner);
  if (winning !== undefined && winning.outcome.outcome === 'APPLIED') {
    return {
      kind: 'answer',
      outcome: {
        outcome: 'CONFLICT',
        decisionId,
        reason: 'ALREADY_DECIDED',
        competing: competing(winning, winning.outcome.recordedAt),
      },
    };
  }
  const changes = amendedSince(state, command);
  if (changes.length > 0) {
    return {
      kind: 'answer',
      outcome: {
        outcome: 'CONFLICT',
        decisionId,
        reason: 'AMENDED_SINCE_VIEWED',
        currentVersion: current.version,
        changes,
      },
    };
  }
  const intervening = isSafeOverIntervening(command.kind) ? [] : decidedSince(state, command);
  if (intervening.length > 0) {
    return {
      kind: 'answer',
      outcome: {
        outcome: 'CONFLICT',
        decisionId,
        reason: 'DECIDED_SINCE_VIEWED',
        currentVersion: current.version,
        intervening,
      },
    };
  }
  // The same rule table as the real server (shared/domain/decision-rules.ts).
  const effect = transition(command.kind, current.status);
  if (effect === null) {
    return {
      kind: 'answer',
      outcome: { outcome: 'CONFLICT', decisionId, reason: 'STATE_INVALID', status: current.status },
    };
  }
  let official: OfficialAssessment | null = null;
  if (command.assessment !== undefined) {
    const packs = state.packs?.get(current.jurisdiction);
    const versions = currentVersions(published, command.assessment.versions);
    const tariff = packs?.tariff[versions.tariff - 1];
    const rates = packs?.rates[versions.rates - 1];
    const taxes = versions.taxes === null ? null : (packs?.taxes[versions.taxes - 1] ?? null);
    if (tariff === undefined || rates === undefined)
      throw new Error('claimRefusal let an unpublished version by');
    const verified = verifyClaim(current, command, versions, { tariff, rates, taxes });
    if (verified.outcome === 'conflict') return { kind: 'answer', outcome: verified.conflict };
    if (verified.outcome === 'verified') official = verified.official;
  }
  const next: Declaration = { ...decidedDeclaration(current, command, effect), version: current.version + 1 };
  return { kind: 'apply', next, final: effect.final, official };
}
