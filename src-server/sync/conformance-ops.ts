import fc from 'fast-check';
import { DecisionKind } from '@shared/domain/decision';

// What the conformance test generates: operations on the server, described abstractly ("the next
// seq", "an earlier command of mine, changed") and turned into concrete commands when they run,
// from what the run has sent so far (conformance-run.ts). So a shrunk sequence still means
// something, and every choice lands on ids, seqs and versions the server has seen.

/** The version a command claims to be made on, relative to the declaration's current one. */
export type BaseChoice = 'current' | 'stale' | 'oldest' | 'future';

export type SeqChoice = { kind: 'next' } | { kind: 'gap'; by: number } | { kind: 'reuse'; pick: number };

export type ChangedField = 'kind' | 'note' | 'baseVersion' | 'declaration' | 'seq';

export type IdChoice =
  | { kind: 'fresh' }
  /** The very same command as an earlier one of this session (a retry). */
  | { kind: 'retry'; pick: number }
  /** An earlier command of this session with one field changed, under the same id. */
  | { kind: 'retry-changed'; pick: number; change: ChangedField }
  /** Another officer's decisionId (same post) on a command of this session's own. */
  | { kind: 'borrow'; pick: number };

export type SupersedesChoice =
  | { kind: 'none' }
  /** One of the officer's own conflicted or rejected decisions; the command is about its declaration. */
  | { kind: 'own-open'; pick: number }
  /** Any earlier command of the post: applied, another officer's, another declaration's, unclaimed. */
  | { kind: 'earlier'; pick: number }
  | { kind: 'unknown' }
  | { kind: 'self' };

/** Whose command it is: the session's own, or one naming another officer or device. */
export type Identity = 'own' | 'other-officer' | 'other-device';

/** A declaration now at the session's post, or any the run knows (another post's, withdrawn, unknown). */
export type TargetChoice = { kind: 'at-post' | 'any'; pick: number };

export type CommandSpec = {
  target: TargetChoice;
  kind: DecisionKind;
  base: BaseChoice;
  seq: SeqChoice;
  id: IdChoice;
  identity: Identity;
  supersedes: SupersedesChoice;
  /** Whether the command carries a reason code (a rejection without one is REJECTED). */
  reason: boolean;
};

/** The progress a push says the device was told: none, the server's, more than it holds, less. */
export type KnownProgressChoice = 'none' | 'confirmed' | 'ahead-seq' | 'ahead-count' | 'behind';

export type Operation =
  | { kind: 'push'; session: number; known: KnownProgressChoice; items: CommandSpec[] }
  | { kind: 'amend'; target: number }
  | { kind: 'withdraw'; target: number }
  | { kind: 'reassign'; target: number }
  | { kind: 'device-state'; session: number };

const weighted = <T>(...choices: Array<[number, fc.Arbitrary<T>]>): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));

const pickArb = fc.nat(99);

/** How many declarations the operations name: the run maps 0..TARGET_COUNT-1 onto its own. */
export const TARGET_COUNT = 10;
const targetArb = fc.nat(TARGET_COUNT - 1);

const seqArb = weighted<SeqChoice>(
  [6, fc.constant({ kind: 'next' as const })],
  [1, fc.integer({ min: 1, max: 3 }).map((by) => ({ kind: 'gap' as const, by }))],
  [1, pickArb.map((pick) => ({ kind: 'reuse' as const, pick }))],
);

const idArb = weighted<IdChoice>(
  [6, fc.constant({ kind: 'fresh' as const })],
  [2, pickArb.map((pick) => ({ kind: 'retry' as const, pick }))],
  [
    1,
    fc
      .tuple(pickArb, fc.constantFrom<ChangedField>('kind', 'note', 'baseVersion', 'declaration', 'seq'))
      .map(([pick, change]) => ({ kind: 'retry-changed' as const, pick, change })),
  ],
  [1, pickArb.map((pick) => ({ kind: 'borrow' as const, pick }))],
);

const supersedesArb = weighted<SupersedesChoice>(
  [8, fc.constant({ kind: 'none' as const })],
  [3, pickArb.map((pick) => ({ kind: 'own-open' as const, pick }))],
  [1, pickArb.map((pick) => ({ kind: 'earlier' as const, pick }))],
  [1, fc.constantFrom({ kind: 'unknown' as const }, { kind: 'self' as const })],
);

const commandSpecArb: fc.Arbitrary<CommandSpec> = fc.record({
  target: weighted<TargetChoice>(
    [6, pickArb.map((pick) => ({ kind: 'at-post' as const, pick }))],
    [1, targetArb.map((pick) => ({ kind: 'any' as const, pick }))],
  ),
  kind: fc.constantFrom(...DecisionKind.options),
  base: weighted<BaseChoice>(
    [5, fc.constant('current')],
    [3, fc.constant('stale')],
    [1, fc.constantFrom('oldest', 'future')],
  ),
  seq: seqArb,
  id: idArb,
  identity: weighted<Identity>(
    [10, fc.constant('own')],
    [1, fc.constantFrom('other-officer', 'other-device')],
  ),
  supersedes: supersedesArb,
  reason: fc.boolean(),
});

/** Up to `maxLength` operations by `sessionCount` signed-in sessions. */
export function operationsArb(sessionCount: number, maxLength: number): fc.Arbitrary<Operation[]> {
  const session = fc.nat(sessionCount - 1);
  const target = targetArb;
  const operation = weighted<Operation>(
    [
      10,
      fc.record({
        kind: fc.constant('push' as const),
        session,
        known: weighted<KnownProgressChoice>(
          [4, fc.constant('none')],
          [4, fc.constant('confirmed')],
          [1, fc.constantFrom('ahead-seq', 'ahead-count', 'behind')],
        ),
        items: fc.array(commandSpecArb, { minLength: 1, maxLength: 4 }),
      }),
    ],
    [2, target.map((t) => ({ kind: 'amend' as const, target: t }))],
    [1, target.map((t) => ({ kind: 'withdraw' as const, target: t }))],
    [1, target.map((t) => ({ kind: 'reassign' as const, target: t }))],
    [2, session.map((s) => ({ kind: 'device-state' as const, session: s }))],
  );
  return fc.array(operation, { minLength: 1, maxLength, size: 'max' });
}
