import type { DecisionCommand, DecisionKind } from './decision';
import type { Declaration, DeclarationStatus, Lane } from './declaration';
import { isDutyUnsecured, isReleaseBasisCode, RELEASE_BASIS_CODES } from './payment';
import { REASON_CODES } from './reason-codes';

/**
 * What each decision does to a declaration (UNI-PASS / ASYCUDA officer workflow, simplified):
 *
 * | kind               | allowed from                                   | to       | lane   | final | over others' |
 * |--------------------|------------------------------------------------|----------|--------|-------|--------------|
 * | release            | selected, assessed, examined, held             | released | kept   | yes   | conflict     |
 * | reject             | registered, selected, assessed, examined, held | rejected | kept   | yes   | conflict     |
 * | hold               | selected, assessed, examined                   | held     | kept   | no    | safe         |
 * | inspect            | registered, selected, assessed, held           | examined | RED    | no    | conflict     |
 * | reassess           | selected, assessed, examined, held             | assessed | kept   | no    | conflict     |
 * | refer              | registered, selected, assessed, examined       | held     | kept   | no    | safe         |
 * | assign             | registered, selected, assessed, examined, held | kept     | kept   | no    | safe         |
 * | request-correction | registered, selected, assessed, examined, held | held     | kept   | no    | safe         |
 * | reroute            | registered, selected, assessed, examined, held | kept     | chosen | no    | conflict     |
 * | check-documents    | selected, assessed, examined, held             | kept     | kept   | no    | safe         |
 *
 * "inspect" records that a physical examination is ordered and done at the post (status examined,
 * lane raised to RED); "refer" hands the case to a supervisor, holding the goods meanwhile.
 * released and rejected are final: one final decision per declaration, enforced by the database.
 * "assign" names who works the case and "check-documents" records what the documentary check
 * found: neither moves the goods, so the status is kept. A correction request (정정 요구) holds the
 * goods until the declarant corrects; a re-route moves the case to the lane the command names.
 *
 * "over others'": what happens when another officer decided on the declaration after the version
 * this decision was made on (DECIDED_SINCE_VIEWED). Conflicts go to a person, never merged: a
 * release over a colleague's hold would let goods leave that a colleague stopped, an inspection or
 * reassessment would undo a status they set, a rejection would close a case they referred, a
 * re-route would move a case out of the lane a colleague just put it in. Only the kinds that keep
 * the goods where they are and hand nothing on are safe over anything (two holds, a hold after an
 * inspection order, a referral after a reassessment, an assignment, a correction request, a
 * document check). The officer's own earlier decisions never count: one officer deciding twice
 * offline saw both.
 */
export type Transition = { to: DeclarationStatus | 'kept'; lane: Lane | 'kept' | 'chosen'; final: boolean };

type Rule = { from: readonly DeclarationStatus[]; overOthers: 'safe' | 'conflict' } & Transition;

const OPEN: readonly DeclarationStatus[] = ['registered', 'selected', 'assessed', 'examined', 'held'];

const table: Record<DecisionKind, Rule> = {
  release: {
    from: ['selected', 'assessed', 'examined', 'held'],
    to: 'released',
    lane: 'kept',
    final: true,
    overOthers: 'conflict',
  },
  reject: { from: OPEN, to: 'rejected', lane: 'kept', final: true, overOthers: 'conflict' },
  hold: {
    from: ['selected', 'assessed', 'examined'],
    to: 'held',
    lane: 'kept',
    final: false,
    overOthers: 'safe',
  },
  inspect: {
    from: ['registered', 'selected', 'assessed', 'held'],
    to: 'examined',
    lane: 'RED',
    final: false,
    overOthers: 'conflict',
  },
  reassess: {
    from: ['selected', 'assessed', 'examined', 'held'],
    to: 'assessed',
    lane: 'kept',
    final: false,
    overOthers: 'conflict',
  },
  refer: {
    from: ['registered', 'selected', 'assessed', 'examined'],
    to: 'held',
    lane: 'kept',
    final: false,
    overOthers: 'safe',
  },
  assign: { from: OPEN, to: 'kept', lane: 'kept', final: false, overOthers: 'safe' },
  'request-correction': { from: OPEN, to: 'held', lane: 'kept', final: false, overOthers: 'safe' },
  reroute: { from: OPEN, to: 'kept', lane: 'chosen', final: false, overOthers: 'conflict' },
  'check-documents': {
    from: ['selected', 'assessed', 'examined', 'held'],
    to: 'kept',
    lane: 'kept',
    final: false,
    overOthers: 'safe',
  },
};

/**
 * True when a decision of this kind may be applied although other officers decided on the
 * declaration after the version it was made on (see the table's "over others'" column).
 */
export function isSafeOverIntervening(kind: DecisionKind): boolean {
  return table[kind].overOthers === 'safe';
}

/** The transition, or null when the declaration's status does not allow this decision. */
export function transition(kind: DecisionKind, status: DeclarationStatus): Transition | null {
  const row = table[kind];
  return row.from.includes(status) ? { to: row.to, lane: row.lane, final: row.final } : null;
}

/**
 * The declaration after a decision's transition: its status, its lane (the command's for a
 * re-route) and, for an assignment, its assignee. One rule for the server and its reference.
 */
export function decidedDeclaration<D extends Pick<Declaration, 'status' | 'lane' | 'assignedTo'>>(
  current: D,
  command: Pick<DecisionCommand, 'kind' | 'lane' | 'assignee'>,
  effect: Transition,
): D {
  const lane =
    effect.lane === 'kept'
      ? current.lane
      : effect.lane === 'chosen'
        ? (command.lane ?? current.lane)
        : effect.lane;
  return {
    ...current,
    status: effect.to === 'kept' ? current.status : effect.to,
    lane,
    ...(command.kind === 'assign' ? { assignedTo: command.assignee ?? null } : {}),
  };
}

/**
 * The decisions that must say why, with a code from the jurisdiction's list (UNI-PASS and ASYCUDA
 * alike): a hold tells the declarant what to bring, a referral tells the supervisor what to look at,
 * a rejection tells the declarant why it was refused. The others may give a reason; a release owes
 * one only when the duty is unsecured (unsecuredReleaseProblem).
 */
const reasonRequired: Record<DecisionKind, boolean> = {
  release: false,
  hold: true,
  inspect: false,
  reassess: false,
  refer: true,
  reject: true,
  assign: false,
  // The declarant is told why a correction is asked for; the post's log why a lane moved.
  'request-correction': true,
  reroute: true,
  'check-documents': false,
};

export function isReasonRequired(kind: DecisionKind): boolean {
  return reasonRequired[kind];
}

export type ReasonProblem = { code: 'REASON_REQUIRED' | 'REASON_UNKNOWN'; message: string };

/**
 * Why a decision's reason code must be refused, or null: missing where the kind requires one, or
 * not a code of the kind's list (shared/domain/reason-codes.ts, the list the device offers).
 */
export function reasonProblem(command: Pick<DecisionCommand, 'kind' | 'reasonCode'>): ReasonProblem | null {
  const { kind, reasonCode } = command;
  if (reasonCode === null) {
    return reasonRequired[kind]
      ? { code: 'REASON_REQUIRED', message: `a ${kind} needs a reason code` }
      : null;
  }
  const codes: readonly { code: string }[] = REASON_CODES[kind];
  if (codes.some((entry) => entry.code === reasonCode)) return null;
  return {
    code: 'REASON_UNKNOWN',
    message: `"${reasonCode}" is not a reason code for ${kind} (${codes.map((entry) => entry.code).join(', ')})`,
  };
}

/**
 * What a decision leads to when its starting status allows it: the client's optimistic view;
 * `to: 'kept'` for the kinds that leave the status as it is (assign, reroute, check-documents).
 */
export function decisionEffect(kind: DecisionKind): Transition {
  const row = table[kind];
  return { to: row.to, lane: row.lane, final: row.final };
}

/**
 * Why a release must be refused because the duty is due and neither paid nor secured, or null.
 * Goods leave customs control only against payment or a guarantee (UNI-PASS 사전납부, or 사후납부
 * with 담보); releasing otherwise is the officer's call, and its basis is recorded: one of
 * RELEASE_BASIS_CODES as the reason code and a note saying what was seen. A declaration without a
 * payment state (older data) is never refused for it.
 */
export function unsecuredReleaseProblem(
  command: Pick<DecisionCommand, 'kind' | 'reasonCode' | 'note'>,
  declaration: Pick<Declaration, 'payment'>,
): string | null {
  const { payment } = declaration;
  if (command.kind !== 'release' || payment?.status !== 'due' || !isDutyUnsecured(payment)) return null;
  const owed = `${payment.amount} ${payment.currency} is due and neither paid nor secured`;
  if (!isReleaseBasisCode(command.reasonCode)) {
    const codes = RELEASE_BASIS_CODES.map((entry) => entry.code).join(', ');
    return `${owed}: a release needs its basis as the reason code (${codes}) and a note`;
  }
  if (command.note.trim() === '') return `${owed}: a release on basis ${command.reasonCode} needs a note`;
  return null;
}
