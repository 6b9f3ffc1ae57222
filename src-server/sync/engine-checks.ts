import { expect } from 'vitest';
import { DeviceProgress, StoredOutcome } from '@shared/api/sync-v1';
import { decisionEffect } from '@shared/domain/decision-rules';
import { DecisionKind } from '@shared/domain/decision';
import { confirmedProgress, isUnsettled } from '@shared/sync';
import { serverDeclarations, type EngineEnv } from './engine-ops';

// What must hold once the device has synced to quiescence against the real server: the model
// test's end checks (shared/sync/testing/invariants.ts), read from the server's tables.

const FINAL_KINDS = new Set(DecisionKind.options.filter((kind) => decisionEffect(kind).final));

/** Network back, faults cleared: sync until a cycle says 'synced', waiting out each backoff. */
export async function quiesce(env: EngineEnv, rounds = 50): Promise<void> {
  env.transport.online = true;
  env.transport.answerFaults = [];
  for (let round = 0; round < rounds; round += 1) {
    const result = await env.engine.syncOnce();
    if (result.status === 'synced') return;
    if (result.status === 'backing-off') env.clock.ms += result.waitMs + 1;
  }
  throw new Error(`the device did not reach 'synced' in ${rounds} cycles`);
}

type DecisionRow = {
  decision_id: string;
  device_id: string;
  officer_id: string;
  seq: string;
  declaration_id: string;
  kind: string;
  outcome: unknown;
};

export async function checkQuiescent(env: EngineEnv): Promise<void> {
  const { entries, meta } = await env.store.readOutbox();
  expect(entries.filter(isUnsettled), 'the outbox drains').toEqual([]);

  const rows = await env.db.query<DecisionRow>(
    'SELECT decision_id, device_id, officer_id, seq::text AS seq, declaration_id, kind, outcome FROM decisions',
  );
  const onServer = new Map(rows.map((row) => [row.decision_id, StoredOutcome.parse(row.outcome)]));
  // Each saved decision has its one server record (the id is the key) and the device holds the
  // server's outcome for it, DUPLICATEs unwrapped.
  const held = new Map(entries.map((entry) => [entry.command.decisionId, entry.outcome]));
  const saved = [...env.saved].sort();
  expect(
    saved.map((id) => ({ id, device: held.get(id) })),
    "the device holds the server's outcome of every decision it saved",
  ).toEqual(saved.map((id) => ({ id, device: onServer.get(id) })));

  const finals = rows.filter((row) => {
    const outcome = onServer.get(row.decision_id);
    return outcome?.outcome === 'APPLIED' && FINAL_KINDS.has(DecisionKind.parse(row.kind));
  });
  const closed = finals.map((row) => row.declaration_id);
  expect(closed, 'at most one final decision took effect per declaration').toEqual([...new Set(closed)]);

  expect(env.store.cachedDeclarations(), "the device's cache is the server's view of the post").toEqual(
    await serverDeclarations(env.db, env.post),
  );

  await checkProgress(env, rows, confirmedProgress(meta, env.officerId));
}

/**
 * Each device's and officer's progress is what their claimed decisions add up to (how many, the
 * highest seq), and the device was told exactly that of its own.
 */
async function checkProgress(env: EngineEnv, rows: DecisionRow[], confirmed: DeviceProgress): Promise<void> {
  const claimed = new Map<string, DeviceProgress>();
  for (const row of rows) {
    const key = `${row.device_id} ${row.officer_id}`;
    const before = claimed.get(key) ?? { lastProcessedSeq: 0, processedCount: 0 };
    claimed.set(key, {
      lastProcessedSeq: Math.max(before.lastProcessedSeq, Number(row.seq)),
      processedCount: before.processedCount + 1,
    });
  }
  const devices = await env.db.query<{ device_id: string; officer_id: string; seq: string; count: string }>(
    `SELECT device_id, officer_id, last_processed_seq::text AS seq, processed_count::text AS count
     FROM devices WHERE processed_count > 0`,
  );
  const reported = new Map(
    devices.map((row) => [
      `${row.device_id} ${row.officer_id}`,
      { lastProcessedSeq: Number(row.seq), processedCount: Number(row.count) },
    ]),
  );
  const sorted = (map: Map<string, DeviceProgress>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
  expect(sorted(reported), 'progress is what the claims add up to').toEqual(sorted(claimed));
  const own = claimed.get(`${env.deviceId} ${env.officerId}`) ?? { lastProcessedSeq: 0, processedCount: 0 };
  expect(confirmed, 'the device was told its own progress').toEqual(own);
  const state = await env.transport.deviceState();
  expect(state.ok ? DeviceProgress.parse(state.value) : state.error, 'the device state reads it').toEqual(
    own,
  );
}
