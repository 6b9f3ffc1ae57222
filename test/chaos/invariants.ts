// The checks after a chaos run, against the server's own records (through the chaos server's
// admin port) and the public snapshot. Each returns violation texts; an empty list is a pass.
import { expect } from '@playwright/test';
import type { Declaration } from '../../shared/domain';
import { cursorRegressions, openApp, readCache, readOutbox, type Officer, type OutboxRow } from './browser';

export type Expectations = {
  /** What the UI reported saved, per officer id. */
  saved: Map<string, { declarationId: string; kind: string }[]>;
  conflicts: { officerId: string; declarationId: string; reason: string }[];
  sharedFinal?: string;
};

type ServerDecision = {
  decision_id: string;
  declaration_id: string;
  kind: string;
  officer_id: string;
  outcome: { outcome: string; reason?: string } | null;
};

export type InvariantInput = {
  officers: Officer[];
  admin: string;
  postId: string;
  expectations: Expectations;
  snapshot: () => Promise<Declaration[]>;
  log: (line: string) => void;
};

const DRAIN_MS = 45_000;
const CONVERGE_MS = 20_000;
const FINAL_KINDS = new Set(['release', 'reject']);

const nudge = (officer: Officer): Promise<void> =>
  officer.page.evaluate(() => {
    window.dispatchEvent(new Event('focus'));
  });

type ServerState = { decisions: ServerDecision[]; finals: { declaration_id: string; decision_id: string }[] };

const readServer = async (adminUrl: string): Promise<ServerState> =>
  (await (await fetch(`${adminUrl}/decisions`)).json()) as ServerState;

/**
 * Waits (bounded) until the status bar and the outbox both say nothing is pending and the server
 * holds every decision of the device: after a restore the outbox may look drained while the
 * device has yet to notice (at its next cycle) that the server lost some of it.
 */
async function drain(
  officer: Officer,
  input: InvariantInput & { proxyUrl: string; total: number },
): Promise<string | null> {
  const deadline = Date.now() + DRAIN_MS;
  let reloaded = false;
  let waiting: string[] = [];
  while (Date.now() < deadline) {
    const rows = (await readOutbox(officer.page)).filter((row) => row.officerId === officer.id);
    const server = new Set((await readServer(input.admin)).decisions.map((record) => record.decision_id));
    waiting = rows
      .filter((row) => row.state === 'pending' || row.state === 'in-flight' || !server.has(row.decisionId))
      .map((row) => `${row.decisionId}:${row.state}${server.has(row.decisionId) ? '' : ':not-on-server'}`);
    const shown = await officer.page.getByTestId('pending-count').getAttribute('data-count');
    if (waiting.length === 0 && shown === '0') return null;
    // The backoff (full jitter, cap 60 s) lives in memory; after half the budget a reload starts a
    // fresh engine, as an officer restarting the app would.
    if (!reloaded && Date.now() > deadline - DRAIN_MS / 2) {
      reloaded = true;
      input.log(`${officer.username}: ${waiting.length} still pending, reloading to restart the backoff`);
      await openApp(officer.page, input.proxyUrl, input.total, officer.username);
    }
    await nudge(officer);
    await officer.page.waitForTimeout(1_000);
  }
  return `${officer.username}: outbox did not drain in ${DRAIN_MS} ms (${waiting.join(', ')})`;
}

function savedMatchesOutbox(officer: Officer, rows: OutboxRow[], expectations: Expectations): string[] {
  const expected = (expectations.saved.get(officer.id) ?? [])
    .map((s) => `${s.declarationId}/${s.kind}`)
    .sort();
  const actual = rows
    .filter((row) => row.officerId === officer.id)
    .map((row) => `${row.declarationId}/${row.kind}`)
    .sort();
  return JSON.stringify(expected) === JSON.stringify(actual)
    ? []
    : [`${officer.username}: UI saved [${expected.join(' ')}] but the outbox holds [${actual.join(' ')}]`];
}

function serverRecords(officer: Officer, rows: OutboxRow[], server: ServerDecision[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const records = server.filter((record) => record.decision_id === row.decisionId);
    if (records.length !== 1) {
      problems.push(`${officer.username}: decision ${row.decisionId} has ${records.length} server records`);
      continue;
    }
    const stored = records[0]?.outcome?.outcome;
    if (!stored || !['APPLIED', 'CONFLICT', 'REJECTED'].includes(stored)) {
      problems.push(`${officer.username}: decision ${row.decisionId} has server outcome ${stored}`);
    } else if (row.outcome?.outcome !== stored) {
      problems.push(
        `${officer.username}: decision ${row.decisionId} is ${row.outcome?.outcome} on the device, ${stored} on the server`,
      );
    }
  }
  const mine = server.filter((record) => record.officer_id === officer.id);
  const known = new Set(rows.map((row) => row.decisionId));
  for (const record of mine) {
    if (!known.has(record.decision_id))
      problems.push(`${officer.username}: server holds ${record.decision_id} unknown to the device`);
  }
  return problems;
}

function oneFinalEach(
  server: ServerDecision[],
  finals: { declaration_id: string; decision_id: string }[],
): string[] {
  const applied = new Map<string, number>();
  for (const record of server) {
    if (record.outcome?.outcome === 'APPLIED' && FINAL_KINDS.has(record.kind)) {
      applied.set(record.declaration_id, (applied.get(record.declaration_id) ?? 0) + 1);
    }
  }
  const problems = [...applied]
    .filter(([, count]) => count > 1)
    .map(([id, count]) => `${id} has ${count} applied final decisions`);
  const perDeclaration = new Set(finals.map((row) => row.declaration_id));
  if (perDeclaration.size !== finals.length)
    problems.push('declaration_final_decisions holds a declaration twice');
  return problems;
}

function expectedConflicts(all: OutboxRow[], expectations: Expectations): string[] {
  const problems: string[] = [];
  for (const conflict of expectations.conflicts) {
    const row = all.find(
      (r) => r.officerId === conflict.officerId && r.declarationId === conflict.declarationId,
    );
    if (row?.outcome?.outcome !== 'CONFLICT' || row.outcome.reason !== conflict.reason) {
      problems.push(
        `${conflict.declarationId}: expected CONFLICT ${conflict.reason}, got ${JSON.stringify(row?.outcome)}`,
      );
    }
  }
  if (expectations.sharedFinal) {
    const rows = all.filter((r) => r.declarationId === expectations.sharedFinal);
    const outcomes = rows.map((r) => `${r.outcome?.outcome}/${r.outcome?.reason ?? ''}`).sort();
    if (JSON.stringify(outcomes) !== JSON.stringify(['APPLIED/', 'CONFLICT/ALREADY_DECIDED'])) {
      problems.push(`${expectations.sharedFinal}: two officers' releases ended ${outcomes.join(', ')}`);
    }
  }
  return problems;
}

async function cacheMatchesServer(officer: Officer, input: InvariantInput): Promise<string | null> {
  const deadline = Date.now() + CONVERGE_MS;
  let last = '';
  while (Date.now() < deadline) {
    const server = (await input.snapshot())
      .map(({ id, version, status }) => ({ id: String(id), version, status }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const cache = await readCache(officer.page, input.postId);
    if (JSON.stringify(server) === JSON.stringify(cache)) return null;
    const serverById = new Map(server.map((d) => [d.id, d]));
    const diff = cache
      .filter((d) => JSON.stringify(serverById.get(d.id)) !== JSON.stringify(d))
      .map((d) => `${d.id} v${d.version}/${d.status} vs ${JSON.stringify(serverById.get(d.id))}`);
    last = `${cache.length} cached vs ${server.length} on the server; ${diff.slice(0, 3).join('; ')}`;
    await nudge(officer);
    await officer.page.waitForTimeout(1_000);
  }
  return `${officer.username}: cache differs from the server snapshot after ${CONVERGE_MS} ms: ${last}`;
}

async function attentionOnce(officer: Officer, rows: OutboxRow[]): Promise<string[]> {
  const queue = rows.filter(
    (row) =>
      (row.state === 'conflict' || row.state === 'rejected') && row.needsAttention && !row.attentionShown,
  );
  await officer.page.evaluate(() => {
    window.location.hash = '#/attention';
  });
  await expect(officer.page.getByRole('heading', { level: 1, name: 'Needs attention' })).toBeVisible();
  const items = officer.page.getByTestId('attention-item');
  await expect(items).toHaveCount(queue.length);
  const texts = await items.allTextContents();
  const problems: string[] = [];
  for (const row of queue) {
    const shown = texts.filter((text) => text.includes(row.declarationId)).length;
    if (shown !== 1)
      problems.push(
        `${officer.username}: conflict on ${row.declarationId} shown ${shown} times in Needs attention`,
      );
  }
  return problems;
}

export async function checkInvariants(
  input: InvariantInput & { proxyUrl: string; total: number },
): Promise<string[]> {
  const violations: string[] = [];
  for (const officer of input.officers) {
    const problem = await drain(officer, input);
    if (problem) violations.push(problem);
  }
  const admin = await readServer(input.admin);
  const all: OutboxRow[] = [];
  for (const officer of input.officers) {
    const rows = (await readOutbox(officer.page)).filter((row) => row.officerId === officer.id);
    all.push(...rows);
    violations.push(...savedMatchesOutbox(officer, rows, input.expectations));
    violations.push(...serverRecords(officer, rows, admin.decisions));
  }
  violations.push(...oneFinalEach(admin.decisions, admin.finals));
  violations.push(...expectedConflicts(all, input.expectations));
  for (const officer of input.officers) {
    const problem = await cacheMatchesServer(officer, input);
    if (problem) violations.push(problem);
    const cursor = await cursorRegressions(officer.page);
    if (cursor.regressions.length > 0)
      violations.push(`${officer.username}: cursor went backwards: ${cursor.regressions.join(', ')}`);
    input.log(`${officer.username}: ${cursor.samples} cursor samples`);
    violations.push(
      ...(await attentionOnce(
        officer,
        all.filter((row) => row.officerId === officer.id),
      )),
    );
  }
  input.log(`${admin.decisions.length} server decisions, ${all.length} device decisions checked`);
  return violations;
}
