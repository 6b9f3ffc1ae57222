import type { DecisionId } from '../../domain/decision';
import type { DeclarationId } from '../../domain/ids';
import { isStuck, isUnsettled } from '../outbox';
import type { OutboxEntry } from '../outbox';
import { STUCK_RETRY_MS } from '../step-context';
import type { ModelEnv } from './model-env';
import { signIn } from './model-env';
import { FINAL_KINDS, progressKey } from './reference-server';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant broken: ${message}`);
}

/** After every command: cursors and versions never go backwards; pending decisions stay visible. */
export async function checkAlways(env: ModelEnv): Promise<void> {
  const cursor = await env.store.readCursor();
  if (cursor !== null) {
    const position = env.server.cursorPosition(cursor);
    const last = env.lastCursor;
    if (last !== null && last.generation === position.generation) {
      check(position.pos >= last.pos, `cursor went back from ${last.pos} to ${position.pos}`);
    }
    check(last === null || position.generation >= last.generation, 'cursor generation went back');
    env.lastCursor = position;
    for (const cached of env.store.cachedDeclarations()) {
      const key = `${position.generation}|${cached.id}`;
      const seen = env.seenVersions.get(key) ?? 0;
      check(cached.version >= seen, `${cached.id} went back from v${seen} to v${cached.version}`);
      env.seenVersions.set(key, cached.version);
    }
  }
  const { entries, overlays } = await env.store.readOutbox();
  const overlayIds = new Set(overlays.map((overlay) => overlay.decisionId));
  for (const entry of entries) {
    const id = entry.command.decisionId;
    check(isUnsettled(entry) === overlayIds.has(id), `overlay of ${id} (${entry.state}) out of step`);
  }
  // Track compaction, so that a later restore explains (by design) a decision the server lost.
  const now = new Set<DecisionId>(entries.map((entry) => entry.command.decisionId));
  for (const id of env.held) if (!now.has(id)) env.compacted.set(id, { restoredSince: false });
  env.held = now;
}

/** After the network is back and the client has synced to quiescence. */
export async function checkQuiescent(env: ModelEnv): Promise<void> {
  const { server, store } = env;
  const state = server.view;
  const { entries } = await store.readOutbox();

  // The outbox drains.
  for (const entry of entries) check(!isUnsettled(entry), `${entry.command.decisionId} still ${entry.state}`);

  // Every saved decision has exactly one server record (the dedupe map is keyed by id), unless the
  // client compacted it past retention and the server was later restored to before it.
  for (const id of env.saved) {
    const lostByDesign = env.compacted.get(id)?.restoredSince === true;
    check(state.decisions.has(id) || lostByDesign, `saved decision ${id} has no server record`);
  }

  // The client's outcome for each decision it holds is the server's.
  for (const entry of entries) {
    const record = state.decisions.get(entry.command.decisionId);
    check(record !== undefined, `held decision ${entry.command.decisionId} unknown to the server`);
    check(
      JSON.stringify(record.outcome) === JSON.stringify(entry.outcome),
      `outcome of ${entry.command.decisionId} differs from the server's`,
    );
  }

  // At most one effect per decision, one final decision per declaration.
  const effects = new Set<DecisionId>();
  const finals = new Set<DeclarationId>();
  for (const id of state.effects) {
    check(!effects.has(id), `decision ${id} took effect twice`);
    effects.add(id);
    const command = state.decisions.get(id)?.command;
    if (command !== undefined && FINAL_KINDS.has(command.kind)) {
      check(!finals.has(command.declarationId), `${command.declarationId} has two final decisions`);
      finals.add(command.declarationId);
    }
  }

  checkProgressBacked(env);

  // The cache is the server's projection for the post.
  const serverView = [...state.declarations.values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  check(
    JSON.stringify(store.cachedDeclarations()) === JSON.stringify(serverView),
    'client cache differs from the server projection',
  );

  // Every conflict or rejection was shown exactly once; nothing was shown twice.
  for (const [id, count] of env.acknowledged) check(count === 1, `${id} was shown ${count} times`);
  for (const entry of entries) {
    if (entry.state === 'conflict' || entry.state === 'rejected') {
      check(env.acknowledged.get(entry.command.decisionId) === 1, `${entry.command.decisionId} never shown`);
    }
  }
}

/**
 * Progress that nothing backs (issue 8): each device's and officer's progress is exactly what
 * their claimed decisions add up to (how many, the highest seq), and no two decisions hold one
 * (device, officer, seq).
 */
function checkProgressBacked(env: ModelEnv): void {
  const { decisions, progress } = env.server.view;
  const claims = new Map<string, { lastProcessedSeq: number; processedCount: number }>();
  const seqs = new Set<string>();
  for (const { command } of decisions.values()) {
    const key = progressKey(command.deviceId, command.officerId);
    check(!seqs.has(`${key} ${command.seq}`), `seq ${command.seq} of ${key} is held twice`);
    seqs.add(`${key} ${command.seq}`);
    const before = claims.get(key) ?? { lastProcessedSeq: 0, processedCount: 0 };
    claims.set(key, {
      lastProcessedSeq: Math.max(before.lastProcessedSeq, command.seq),
      processedCount: before.processedCount + 1,
    });
  }
  const sorted = (map: ReadonlyMap<string, unknown>) =>
    JSON.stringify([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  check(sorted(claims) === sorted(progress), 'device progress differs from the decisions claimed');
}

/** Syncs until a cycle reports 'synced', waiting out each backoff. */
async function syncUntilSynced(env: ModelEnv, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const result = await env.engine.syncOnce();
    await checkAlways(env);
    if (result.status === 'synced') return;
    if (result.status === 'backing-off') env.clock.ms += result.waitMs + 1;
  }
  throw new Error(`the client did not reach 'synced' in ${rounds} cycles`);
}

/** The signed-in officer's entries: the only ones their engine sends or shows. */
async function ownEntries(env: ModelEnv): Promise<OutboxEntry[]> {
  const { entries } = await env.store.readOutbox();
  return entries.filter((entry) => entry.command.officerId === env.transport.officerId);
}

/**
 * Network up and faults cleared, then each officer with decisions held on this device (the one
 * signed in first, then every other) signs in and syncs: on a shared workstation what one officer
 * left is sent when they sign in here again. Settled decisions count too: a restore that lost an
 * officer's decisions is only found, and they can only be pushed again, with that officer's own
 * session (the model found a restore landing just before another officer's push, which passed and
 * left the first officer's loss to be found at their next sign-in). For each officer, first,
 * with any poison still active, sync until a cycle says 'synced': by then nothing of theirs but
 * stuck decisions may be left (a poison command never blocks the ones behind it), each listed once
 * in Needs attention. Then the server is cured and the device syncs on, the slow retry of stuck
 * entries coming due, until nothing of theirs is left; then the officer views the queue.
 */
export async function quiesce(env: ModelEnv): Promise<void> {
  env.transport.online = true;
  env.transport.pushFaults = [];
  await quiesceSignedIn(env);
  const { entries } = await env.store.readOutbox();
  for (const officerId of new Set(entries.map((e) => e.command.officerId))) {
    if (officerId === env.transport.officerId) continue;
    await signIn(env, officerId, env.seed);
    await quiesceSignedIn(env);
  }
}

async function quiesceSignedIn(env: ModelEnv): Promise<void> {
  await syncUntilSynced(env, 300);
  const queued = (await env.engine.needsAttention()).map((entry) => entry.command.decisionId);
  for (const entry of (await ownEntries(env)).filter(isUnsettled)) {
    const id = entry.command.decisionId;
    check(isStuck(entry), `${id} is still ${entry.state} behind a poison command, not stuck`);
    check(queued.filter((queuedId) => queuedId === id).length === 1, `stuck ${id} not listed once`);
  }
  env.server.cure();
  for (let round = 0; round < 100; round += 1) {
    await syncUntilSynced(env, 100);
    if (!(await ownEntries(env)).some(isUnsettled)) {
      await showNeedsAttention(env);
      return;
    }
    env.clock.ms += STUCK_RETRY_MS + 1;
  }
  throw new Error('stuck decisions did not drain after the server was cured');
}

/**
 * The officer opens "Needs attention": each conflict or rejection shown is acknowledged and
 * counted; a stuck decision cannot be acknowledged away (it is not on the server yet).
 */
export async function showNeedsAttention(env: ModelEnv): Promise<void> {
  const queue = await env.engine.needsAttention();
  const ids = queue.map((entry) => entry.command.decisionId);
  check(new Set(ids).size === ids.length, 'an entry is listed twice in Needs attention');
  for (const entry of queue) {
    const id = entry.command.decisionId;
    check(entry.command.officerId === env.transport.officerId, `${id} is listed to another officer`);
    const acked = await env.engine.acknowledge(id);
    check(!(isStuck(entry) && acked.ok && acked.value), `stuck ${id} was acknowledged away`);
    if (acked.ok && acked.value) env.acknowledged.set(id, (env.acknowledged.get(id) ?? 0) + 1);
  }
}
