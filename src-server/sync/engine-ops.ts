import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Session } from '@shared/api/auth-v1';
import { Declaration } from '@shared/domain/declaration';
import { DecisionKind, type DecisionId, type DeviceId } from '@shared/domain/decision';
import { DecimalString, type OfficerId, type PostId } from '@shared/domain/ids';
import {
  canSupersede,
  createSyncEngine,
  seededRandom,
  type MemorySyncStore,
  type SyncEngine,
} from '@shared/sync';
import { assertNever } from '@shared/util/assert-never';
import type { Database } from '../db/database';
import { pruneChangeLog } from '../store/change-log';
import { amendDeclaration, reassignDeclaration, withdrawDeclaration } from '../store/declarations';
import { decision } from '../test-support/decisions';
import { CrashAfterCommit, type InjectSyncTransport } from '../test-support/inject-transport';
import { push } from '../test-support/push';
import { pick } from './conformance-world';
import { firstReasonCode } from '@shared/domain/reason-codes';

// The model test's commands that make sense against the real server (shared/sync/testing/
// model-commands.ts): the officer decides, re-decides and escalates, the device syncs, crashes and
// loses answers, the network fails, another officer decides, the declarant amends and withdraws,
// the declaration moves to another post, the change log is pruned past the device's cursor.

/** One device of `post`, its officer signed in, against the real server; the store survives crashes. */
export type EngineEnv = {
  db: Database;
  app: FastifyInstance;
  post: PostId;
  /** Where a reassigned declaration goes. */
  otherPost: PostId;
  store: MemorySyncStore;
  transport: InjectSyncTransport;
  clock: { ms: number; now(): number };
  deviceId: DeviceId;
  officerId: OfficerId;
  engine: SyncEngine;
  /** Another officer of the post, on their own device. */
  other: { session: Session; deviceId: DeviceId; seq: number };
  /** Every decision the device reported saved. */
  saved: Set<DecisionId>;
  amendments: number;
};

export type EngineOperation =
  | { kind: 'decide'; pick: number; decision: DecisionKind; reason: boolean }
  | { kind: 'redecide'; decision: DecisionKind }
  | { kind: 'escalate' }
  | { kind: 'sync'; waitOutBackoff: boolean }
  | { kind: 'network'; up: boolean }
  | { kind: 'crash'; seed: number; midPush: boolean }
  | { kind: 'answer-lost-after-commit' }
  | { kind: 'other-officer-decides'; pick: number; decision: DecisionKind; stale: boolean }
  /** A material amendment conflicts decisions made before it; one of the risk score does not. */
  | { kind: 'amend'; pick: number; material: boolean }
  | { kind: 'withdraw' | 'reassign'; pick: number }
  | { kind: 'prune-change-log' };

const kindArb = fc.constantFrom(...DecisionKind.options);
const pickArb = fc.nat(20);

/** Weighted as the model's: decisions and syncs dominate, faults interleave with them. */
export function engineOperationsArb(maxLength: number): fc.Arbitrary<EngineOperation[]> {
  const operation = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('decide' as const),
        pick: pickArb,
        decision: kindArb,
        reason: fc.boolean(),
      }),
    },
    {
      weight: 6,
      arbitrary: fc.boolean().map((waitOutBackoff) => ({ kind: 'sync' as const, waitOutBackoff })),
    },
    { weight: 2, arbitrary: kindArb.map((decision) => ({ kind: 'redecide' as const, decision })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'escalate' as const }) },
    { weight: 2, arbitrary: fc.boolean().map((up) => ({ kind: 'network' as const, up })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(3), fc.boolean())
        .map(([seed, midPush]) => ({ kind: 'crash' as const, seed, midPush })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'answer-lost-after-commit' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('other-officer-decides' as const),
        pick: pickArb,
        decision: kindArb,
        stale: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(pickArb, fc.boolean())
        .map(([pick, material]) => ({ kind: 'amend' as const, pick, material })),
    },
    { weight: 1, arbitrary: pickArb.map((pick) => ({ kind: 'withdraw' as const, pick })) },
    { weight: 1, arbitrary: pickArb.map((pick) => ({ kind: 'reassign' as const, pick })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'prune-change-log' as const }) },
  );
  return fc.array(operation, { maxLength, size: 'max' });
}

/** An engine for the officer on this device, as the app starts one at sign-in or after a crash. */
export function startEngine(env: Omit<EngineEnv, 'engine'>, seed: number): SyncEngine {
  return createSyncEngine({
    store: env.store,
    transport: env.transport,
    clock: env.clock,
    random: seededRandom(seed),
    deviceId: env.deviceId,
    officerId: env.officerId,
  });
}

/** The post's declarations as the server holds them now, by id. */
export async function serverDeclarations(db: Database, post: PostId): Promise<Declaration[]> {
  const rows = await db.query<{ doc: unknown }>(
    'SELECT doc FROM declarations WHERE post_id = $1 AND withdrawn_at IS NULL ORDER BY id',
    [post],
  );
  return rows.map((row) => Declaration.parse(row.doc));
}

async function restart(env: EngineEnv, seed: number): Promise<void> {
  env.engine = startEngine(env, seed);
  await env.engine.recover();
}

export async function applyOperation(env: EngineEnv, operation: EngineOperation): Promise<void> {
  switch (operation.kind) {
    case 'decide': {
      const target = pick(env.store.cachedDeclarations(), operation.pick);
      if (target === undefined) return;
      const saved = await env.engine.decide({
        declarationId: target.id,
        kind: operation.decision,
        officerId: env.officerId,
        reasonCode: operation.reason ? firstReasonCode(operation.decision) : null,
        note: '',
      });
      if (saved.ok) env.saved.add(saved.value.command.decisionId);
      return;
    }
    case 'redecide':
    case 'escalate':
      return redecide(env, operation.kind === 'redecide' ? operation.decision : null);
    case 'sync':
      if (operation.waitOutBackoff) env.clock.ms += env.engine.waitMs();
      await env.engine.syncOnce();
      return;
    case 'network':
      env.transport.online = operation.up;
      return;
    case 'crash':
      if (operation.midPush) await crashMidPush(env);
      // Seeds repeat across crashes on purpose: ids must stay unique even then.
      return restart(env, operation.seed);
    case 'answer-lost-after-commit':
      env.transport.answerFaults.push('lost-after-commit');
      return;
    case 'other-officer-decides':
      return otherOfficerDecides(env, operation);
    case 'amend':
      return amend(env, operation.pick, operation.material);
    case 'withdraw':
    case 'reassign':
      return withdrawOrMove(env, operation.kind, operation.pick);
    case 'prune-change-log':
      return pruneBehindDevice(env);
    default:
      return assertNever(operation, 'operation');
  }
}

async function redecide(env: EngineEnv, kind: DecisionKind | null): Promise<void> {
  const { entries } = await env.store.readOutbox();
  const old = entries.find((entry) => canSupersede(entry, env.officerId, entries));
  if (old === undefined) return;
  const input = {
    officerId: env.officerId,
    reasonCode: firstReasonCode(kind ?? 'refer'),
    note: 're-decided',
  };
  const id = old.command.decisionId;
  const saved =
    kind === null ? await env.engine.escalate(id, input) : await env.engine.redecide(id, { ...input, kind });
  if (saved.ok) env.saved.add(saved.value.command.decisionId);
}

/** The server commits the push and the device dies before the answer arrives. */
async function crashMidPush(env: EngineEnv): Promise<void> {
  env.transport.answerFaults.push('crash-after-commit');
  try {
    await env.engine.syncOnce();
  } catch (error) {
    if (!(error instanceof CrashAfterCommit)) throw error;
  }
  env.transport.answerFaults = [];
}

async function otherOfficerDecides(
  env: EngineEnv,
  operation: Extract<EngineOperation, { kind: 'other-officer-decides' }>,
): Promise<void> {
  const target = pick(await serverDeclarations(env.db, env.post), operation.pick);
  if (target === undefined) return;
  const { other } = env;
  other.seq += 1;
  await push(env.app, other.session, other.deviceId, [
    decision(other.session, other.deviceId, {
      seq: other.seq,
      declarationId: target.id,
      kind: operation.decision,
      baseVersion: operation.stale && target.version > 1 ? target.version - 1 : target.version,
    }),
  ]);
}

/** The declarant amends the invoice total (material) or the risk score changes (not material). */
async function amend(env: EngineEnv, index: number, material: boolean): Promise<void> {
  const target = pick(await serverDeclarations(env.db, env.post), index);
  if (target === undefined) return;
  env.amendments += 1;
  const invoiceTotal = DecimalString.parse(`${30_000 + env.amendments}.00`);
  await amendDeclaration(
    env.db,
    target.id,
    material
      ? { valuation: { ...target.valuation, invoiceTotal } }
      : { riskScore: (target.riskScore + 7) % 101 },
  );
}

/** The declarant withdraws, or the declaration moves to another post. */
async function withdrawOrMove(env: EngineEnv, kind: 'withdraw' | 'reassign', index: number): Promise<void> {
  const target = pick(await serverDeclarations(env.db, env.post), index);
  if (target === undefined) return;
  switch (kind) {
    case 'withdraw':
      return withdrawDeclaration(env.db, target.id);
    case 'reassign':
      await reassignDeclaration(env.db, target.id, env.otherPost);
      return;
    default:
      return assertNever(kind, 'change');
  }
}

/**
 * Something changes, then the whole change log is pruned: the device's cursor now points below
 * the horizon, and its next pull is answered 410.
 */
async function pruneBehindDevice(env: EngineEnv): Promise<void> {
  await amend(env, env.amendments, true);
  await pruneChangeLog(env.db, 0, new Date(Date.now() + 60_000));
}
