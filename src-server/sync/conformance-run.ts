import { isDeepStrictEqual } from 'node:util';
import { ApiErrorBody } from '@shared/api/errors';
import {
  DeviceState,
  NO_PROGRESS,
  PushResponse,
  syncRoutes,
  type DeviceProgress,
  type PushItemResult,
  type PushRequest,
  type PushResponse as PushAnswer,
} from '@shared/api/sync-v1';
import type { Declaration } from '@shared/domain/declaration';
import type { DecisionCommand } from '@shared/domain/decision';
import { DecimalString, PostId, type DeclarationId } from '@shared/domain/ids';
import { ReferenceServer } from '@shared/sync/testing/reference-server';
import type { TransportError } from '@shared/sync/ports';
import { assertNever } from '@shared/util/assert-never';
import type { Result } from '@shared/util/result';
import { amendDeclaration, reassignDeclaration, withdrawDeclaration } from '../store/declarations';
import { bearer } from '../test-support/sessions';
import { resetSyncState } from '../test-support/sync-reset';
import { CommandBuilder } from './conformance-commands';
import type { KnownProgressChoice, Operation } from './conformance-ops';
import { outcomeShape, readServerState, referenceState } from './conformance-state';
import {
  initialDeclarations,
  pick,
  target,
  type ConformanceWorld,
  type PostKey,
  type SignedIn,
} from './conformance-world';

// One scenario of the conformance test: each operation goes to a ReferenceServer and to the real
// server, and both must answer alike. The reference knows one post, so each post gets its own
// (PUS, with three officers, and DVR, with one); a reassignment leaves the first and registers
// in the second, as the real server's tombstone and upsert do.

/** How an answer is compared: everything the rules decide, nothing of messages or timestamps. */
type Answer =
  | { status: 200; results: unknown[]; lastProcessedSeq: number; processedCount: number }
  | { status: number; code: string | undefined };

/** Throws, showing both sides, unless the reference's and the real server's views agree. */
export function mustAgree(what: string, reference: unknown, real: unknown): void {
  if (isDeepStrictEqual(reference, real)) return;
  const show = (value: unknown) => JSON.stringify(value, null, 1);
  throw new Error(
    `${what}: the real server differs from the reference\nreference: ${show(reference)}\nreal: ${show(real)}`,
  );
}

export class ConformanceRun {
  private readonly refs: Record<PostKey, ReferenceServer> = {
    PUS: new ReferenceServer(initialDeclarations('PUS')),
    DVR: new ReferenceServer(initialDeclarations('DVR')),
  };
  private readonly withdrawn = new Set<DeclarationId>();
  private readonly commands: CommandBuilder;
  private amendments = 0;

  private constructor(private readonly world: ConformanceWorld) {
    this.commands = new CommandBuilder(this.refs, world.signIns);
  }

  /** A run on a database that holds just the initial declarations of both posts. */
  static async start(world: ConformanceWorld): Promise<ConformanceRun> {
    await resetSyncState(world.db, [...initialDeclarations('PUS'), ...initialDeclarations('DVR')]);
    return new ConformanceRun(world);
  }

  async apply(operation: Operation, index: number): Promise<void> {
    const what = `operation #${index + 1} ${JSON.stringify(operation)}`;
    switch (operation.kind) {
      case 'push':
        return this.push(operation, what);
      case 'amend':
        return this.amend(target(operation.target));
      case 'withdraw':
        return this.withdraw(target(operation.target));
      case 'reassign':
        return this.reassign(target(operation.target));
      case 'device-state':
        return this.deviceState(this.signIn(operation.session), what);
      default:
        return assertNever(operation, 'operation');
    }
  }

  /** Each post's declarations, every decision and its outcome, each device's and officer's progress. */
  async compareFinalState(): Promise<void> {
    const posts = Object.keys(this.refs) as PostKey[];
    mustAgree(
      'the state after the run',
      referenceState(
        posts.map((post) => ({ postId: post, server: this.refs[post] })),
        this.withdrawn,
      ),
      await readServerState(this.world.db, posts, this.withdrawn),
    );
  }

  private signIn(index: number): SignedIn {
    const signIn = pick(this.world.signIns, index);
    if (signIn === undefined) throw new Error('no one is signed in');
    return signIn;
  }

  private async push(operation: Extract<Operation, { kind: 'push' }>, what: string): Promise<void> {
    const who = this.signIn(operation.session);
    const decisions = operation.items.map((spec) => this.commands.build(spec, who));
    const knownProgress = this.knownProgress(operation.known, who);
    const request: PushRequest = {
      deviceId: who.deviceId,
      decisions,
      ...(knownProgress === undefined ? {} : { knownProgress }),
    };
    const reference = this.answerShape(
      this.refs[who.postId].push(request, who.officerId, who.session.officer.role),
      decisions,
    );
    const real = await this.realPush(who, request, decisions);
    mustAgree(
      `${what}\nsent by ${who.officerId} on ${who.deviceId}: ${JSON.stringify(request)}\n`,
      reference,
      real,
    );
    this.commands.noteVersions();
  }

  private async realPush(who: SignedIn, request: PushRequest, sent: DecisionCommand[]): Promise<Answer> {
    const response = await this.world.app.inject({
      method: 'POST',
      url: syncRoutes.decisions,
      headers: bearer(who.session),
      payload: request,
    });
    if (response.statusCode !== 200) {
      return { status: response.statusCode, code: ApiErrorBody.parse(response.json()).error.code };
    }
    return this.answerShape({ ok: true, value: PushResponse.parse(response.json()) }, sent);
  }

  private answerShape(answer: Result<PushAnswer, TransportError>, sent: DecisionCommand[]): Answer {
    if (!answer.ok) return { status: answer.error.status ?? 0, code: answer.error.code };
    const { results, lastProcessedSeq, processedCount } = answer.value;
    return {
      status: 200,
      results: results.map((result, i) => this.resultShape(result, sent[i])),
      lastProcessedSeq,
      processedCount,
    };
  }

  private resultShape(result: PushItemResult, command: DecisionCommand | undefined): unknown {
    const withdrawn = command !== undefined && this.withdrawn.has(command.declarationId);
    if (result.outcome === 'DUPLICATE') {
      return {
        outcome: 'DUPLICATE',
        decisionId: result.decisionId,
        stored: outcomeShape(result.stored, withdrawn),
      };
    }
    return outcomeShape(result, withdrawn);
  }

  private async deviceState(who: SignedIn, what: string): Promise<void> {
    const response = await this.world.app.inject({
      method: 'GET',
      url: syncRoutes.device.replace(':deviceId', who.deviceId),
      headers: bearer(who.session),
    });
    const real = response.statusCode === 200 ? DeviceState.parse(response.json()) : response.statusCode;
    mustAgree(what, this.refs[who.postId].deviceState(who.deviceId, who.officerId), real);
  }

  private where(id: DeclarationId): PostKey | undefined {
    return (Object.keys(this.refs) as PostKey[]).find((post) => this.refs[post].view.declarations.has(id));
  }

  /** The declarant amends a material field (the invoice total); the reference amends its own way. */
  private async amend(id: DeclarationId): Promise<void> {
    const post = this.where(id);
    if (post === undefined) return;
    const reference = this.refs[post];
    reference.amend(id);
    const after = reference.view.declarations.get(id);
    if (after === undefined) throw new Error(`the reference lost ${id} amending it`);
    this.amendments += 1;
    await amendDeclaration(this.world.db, id, {
      riskScore: after.riskScore,
      valuation: { ...after.valuation, invoiceTotal: DecimalString.parse(`${20_000 + this.amendments}.00`) },
    });
    this.commands.noteVersions();
  }

  private async withdraw(id: DeclarationId): Promise<void> {
    const post = this.where(id);
    if (post === undefined) return;
    this.refs[post].withdraw(id);
    this.withdrawn.add(id);
    await withdrawDeclaration(this.world.db, id);
  }

  /**
   * PUS to DVR. The reference's DVR server knows nothing of the declaration's history at PUS, so
   * only declarations DVR's officer has never named and nobody closed are moved, and DVR's officer
   * decides them on versions from their arrival on (CommandBuilder's `baseVersion`): the real
   * server judges those on the history since then only, as the reference does.
   */
  private async reassign(id: DeclarationId): Promise<void> {
    if (this.where(id) !== 'PUS') return;
    const current = this.refs.PUS.view.declarations.get(id);
    const closed = this.refs.PUS.view.finalDecision.has(id);
    if (current === undefined || closed || this.commands.named('DVR', id)) return;
    const moved: Declaration = { ...current, postId: PostId.parse('DVR'), version: current.version + 1 };
    this.refs.PUS.withdraw(id);
    this.refs.DVR.register(moved);
    this.commands.arrived(id, moved.version);
    await reassignDeclaration(this.world.db, id, moved.postId);
    this.commands.noteVersions();
  }

  private knownProgress(choice: KnownProgressChoice, who: SignedIn): DeviceProgress | undefined {
    const { lastProcessedSeq, processedCount } = this.refs[who.postId].deviceState(
      who.deviceId,
      who.officerId,
    );
    switch (choice) {
      case 'none':
        return undefined;
      case 'confirmed':
        return { lastProcessedSeq, processedCount };
      case 'ahead-seq':
        return { lastProcessedSeq: lastProcessedSeq + 1, processedCount };
      case 'ahead-count':
        return { lastProcessedSeq, processedCount: processedCount + 1 };
      case 'behind':
        return NO_PROGRESS;
      default:
        return assertNever(choice, 'known progress');
    }
  }
}
