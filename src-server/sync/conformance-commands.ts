import { DecisionCommand, DecisionId, DecisionKind, type DeviceId } from '@shared/domain/decision';
import type { DeclarationId, OfficerId } from '@shared/domain/ids';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { Lane } from '@shared/domain/declaration';
import type { ReferenceServer } from '@shared/sync/testing/reference-server';
import { assertNever } from '@shared/util/assert-never';
import { nextDecisionId } from '../test-support/decisions';
import type {
  BaseChoice,
  ChangedField,
  CommandSpec,
  SeqChoice,
  SupersedesChoice,
  TargetChoice,
} from './conformance-ops';
import { pick, target, TARGETS, type PostKey, type SignedIn } from './conformance-world';
import { firstReasonCode } from '@shared/domain/reason-codes';

const DECIDED_AT = '2026-01-05T09:00:00.000Z';

const freshId = (): DecisionId => DecisionId.parse(nextDecisionId());

/**
 * Turns the generated specs into commands, from what the run has sent so far and what the
 * reference servers hold. Ids never cross posts (each post has its own reference server, which
 * cannot know the other's ids), so retries, borrowed ids and `supersedes` pick from the session's
 * own post.
 */
export class CommandBuilder {
  /** Every command built so far, with the post of the session that sent it. */
  private readonly sent: Array<{ post: PostKey; command: DecisionCommand }> = [];
  private readonly seqsUsed = new Map<string, Set<number>>();
  /** The version at which a reassigned declaration arrived at DVR. */
  private readonly arrivedAt = new Map<DeclarationId, number>();
  private readonly lastVersion = new Map<DeclarationId, number>();

  constructor(
    private readonly refs: Readonly<Record<PostKey, ReferenceServer>>,
    private readonly signIns: readonly SignedIn[],
  ) {}

  /** Whether a session of `post` has named the declaration in a command. */
  named(post: PostKey, id: DeclarationId): boolean {
    return this.sent.some((sent) => sent.post === post && sent.command.declarationId === id);
  }

  arrived(id: DeclarationId, version: number): void {
    this.arrivedAt.set(id, version);
  }

  /** Remembers the versions the references hold, for commands about a declaration that left. */
  noteVersions(): void {
    for (const reference of Object.values(this.refs)) {
      for (const declaration of reference.view.declarations.values()) {
        this.lastVersion.set(declaration.id, declaration.version);
      }
    }
  }

  /** Turns a spec into a command from what the run has sent so far, and remembers it. */
  build(spec: CommandSpec, who: SignedIn): DecisionCommand {
    const mine = this.postHistory(who).filter(
      (command) => command.officerId === who.officerId && command.deviceId === who.deviceId,
    );
    const earlier =
      spec.id.kind === 'retry' || spec.id.kind === 'retry-changed' ? pick(mine, spec.id.pick) : undefined;
    if (earlier !== undefined && spec.id.kind === 'retry') return this.remember(who, earlier);
    if (earlier !== undefined && spec.id.kind === 'retry-changed') {
      return this.remember(who, this.changed(earlier, spec.id.change));
    }
    const open =
      spec.supersedes.kind === 'own-open' ? pick(this.openDecisions(who), spec.supersedes.pick) : undefined;
    const declarationId = open?.declarationId ?? this.target(spec.target, who);
    const officerId = spec.identity === 'other-officer' ? this.otherOfficer(who) : who.officerId;
    const deviceId = spec.identity === 'other-device' ? this.otherDevice(who) : who.deviceId;
    const decisionId = spec.id.kind === 'borrow' ? this.borrowedId(who, spec.id.pick) : freshId();
    const command = DecisionCommand.parse({
      decisionId,
      deviceId,
      seq: this.seq(spec.seq, deviceId, officerId),
      declarationId,
      baseVersion: this.baseVersion(spec.base, declarationId, who.postId),
      kind: spec.kind,
      officerId,
      reasonCode: spec.reason ? firstReasonCode(spec.kind) : null,
      note: '',
      decidedAt: DECIDED_AT,
      supersedes: this.supersedes(spec.supersedes, open?.decisionId, decisionId, who),
      ...this.details(spec.kind, declarationId, who),
    });
    return this.remember(who, command);
  }

  /**
   * The details the kind carries, as the Decide form would fill them for the declaration the
   * session's post holds (none for one it does not: the command is refused before they matter).
   * An assignment takes the declaration for the sender, which the matrix allows only while nobody
   * else holds it; a re-route moves to the next lane.
   */
  private details(kind: DecisionKind, id: DeclarationId, who: SignedIn): DecisionDetails {
    const declaration = this.refs[who.postId].view.declarations.get(id);
    if (declaration === undefined) return {};
    switch (kind) {
      case 'assign':
        return { assignee: who.officerId };
      case 'request-correction':
        return { correctionFields: ['value'] };
      case 'reroute': {
        const lanes = Lane.options;
        return { lane: lanes[(lanes.indexOf(declaration.lane ?? 'GREEN') + 1) % lanes.length] ?? 'RED' };
      }
      case 'check-documents':
        return {
          documentChecks: declaration.documents.map(({ code, reference }) => ({
            code,
            reference,
            state: 'seen',
          })),
        };
      default:
        return {};
    }
  }

  private target(choice: TargetChoice, who: SignedIn): DeclarationId {
    const atPost = [...this.refs[who.postId].view.declarations.keys()];
    return (choice.kind === 'at-post' ? pick(atPost, choice.pick) : undefined) ?? target(choice.pick);
  }

  private remember(who: SignedIn, command: DecisionCommand): DecisionCommand {
    this.sent.push({ post: who.postId, command });
    const key = `${command.deviceId} ${command.officerId}`;
    this.seqsUsed.set(key, (this.seqsUsed.get(key) ?? new Set()).add(command.seq));
    return command;
  }

  /** The same id with one field changed. */
  private changed(earlier: DecisionCommand, field: ChangedField): DecisionCommand {
    switch (field) {
      case 'kind': {
        const kinds = DecisionKind.options;
        return { ...earlier, kind: kinds[(kinds.indexOf(earlier.kind) + 1) % kinds.length] ?? 'hold' };
      }
      case 'note':
        return { ...earlier, note: `${earlier.note}changed` };
      case 'baseVersion':
        return { ...earlier, baseVersion: earlier.baseVersion + 1 };
      case 'declaration': {
        return { ...earlier, declarationId: target(TARGETS.indexOf(earlier.declarationId) + 1) };
      }
      case 'seq':
        return { ...earlier, seq: this.seq({ kind: 'next' }, earlier.deviceId, earlier.officerId) };
      default:
        return assertNever(field, 'changed field');
    }
  }

  /**
   * The officer's claimed decisions at their post that ended in a conflict or a rejection and were
   * not re-decided yet (`earlier` names the others).
   */
  private openDecisions(who: SignedIn): DecisionCommand[] {
    const records = [...this.refs[who.postId].view.decisions.values()];
    const redecided = new Set(records.map(({ command }) => command.supersedes));
    return records
      .filter(({ command, outcome }) => command.officerId === who.officerId && outcome.outcome !== 'APPLIED')
      .map(({ command }) => command)
      .filter((command) => !redecided.has(command.decisionId));
  }

  private supersedes(
    choice: SupersedesChoice,
    open: DecisionId | undefined,
    self: DecisionId,
    who: SignedIn,
  ): DecisionId | null {
    switch (choice.kind) {
      case 'none':
        return null;
      case 'own-open':
        return open ?? null;
      case 'earlier':
        return pick(this.postHistory(who), choice.pick)?.decisionId ?? null;
      case 'unknown':
        return freshId();
      case 'self':
        return self;
      default:
        return assertNever(choice, 'supersedes');
    }
  }

  /** Commands sent from the session's post: ids are never shared between the two references. */
  private postHistory(who: SignedIn): DecisionCommand[] {
    return this.sent.filter(({ post }) => post === who.postId).map(({ command }) => command);
  }

  private borrowedId(who: SignedIn, index: number): DecisionId {
    const others = this.postHistory(who).filter((command) => command.officerId !== who.officerId);
    return pick(others, index)?.decisionId ?? freshId();
  }

  private otherOfficer(who: SignedIn): OfficerId {
    const same = this.signIns.filter((s) => s.postId === who.postId && s.officerId !== who.officerId);
    const any = this.signIns.filter((s) => s.officerId !== who.officerId);
    const other = same[0] ?? any[0];
    if (other === undefined) throw new Error('the world needs a second officer');
    return other.officerId;
  }

  private otherDevice(who: SignedIn): DeviceId {
    const other = this.signIns.find((s) => s.deviceId !== who.deviceId);
    if (other === undefined) throw new Error('the world needs a second device');
    return other.deviceId;
  }

  private seq(choice: SeqChoice, deviceId: DeviceId, officerId: OfficerId): number {
    const used = [...(this.seqsUsed.get(`${deviceId} ${officerId}`) ?? [])];
    const next = Math.max(0, ...used) + 1;
    switch (choice.kind) {
      case 'next':
        return next;
      case 'gap':
        return next + choice.by;
      case 'reuse':
        return pick(used, choice.pick) ?? next;
      default:
        return assertNever(choice, 'seq');
    }
  }

  /**
   * Relative to the version the session's post holds (or the last one seen). DVR's officer never
   * goes below a reassigned declaration's arrival: see `reassign`.
   */
  private baseVersion(choice: BaseChoice, id: DeclarationId, post: PostKey): number {
    const current = this.refs[post].view.declarations.get(id)?.version ?? this.lastVersion.get(id) ?? 1;
    const floor = post === 'DVR' ? (this.arrivedAt.get(id) ?? 1) : 1;
    switch (choice) {
      case 'current':
        return current;
      case 'stale':
        return Math.max(floor, current - 1);
      case 'oldest':
        return floor;
      case 'future':
        return current + 1;
      default:
        return assertNever(choice, 'base version');
    }
  }
}
