import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfficerId } from '@shared/domain';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { createSyncEngine, seededRandom, type OutboxEntry } from '@shared/sync';
import { ok } from '@shared/util/result';
import { ServicesContext, SyncRuntimeContext, useServices } from '../../app/services';
import { DexieSyncStore, openCacheDb, openOutboxDb, type OutboxDb } from '../../db';
import { createDecisions } from '../../sync/decisions';
import type { SyncRuntime } from '../../sync';
import { formatDateTime } from '../../i18n';
import { useAuthStore } from '../../state';
import { makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { offlineTransport } from '../../test-utils/sync';
import { AttentionPage } from './AttentionPage';

const command = sampleDecision(1);
const conflicted: OutboxEntry = {
  command,
  state: 'conflict',
  attempts: 1,
  needsAttention: true,
  attentionShown: false,
  outcome: {
    outcome: 'CONFLICT',
    decisionId: command.decisionId,
    reason: 'STATE_INVALID',
    status: 'released',
  },
};

const stuckCommand = sampleDecision(2);
const stuck: OutboxEntry = {
  command: stuckCommand,
  state: 'pending',
  attempts: 3,
  serverFailures: 3,
  needsAttention: false,
  attentionShown: false,
};

async function setup(entries: OutboxEntry[] = [conflicted], officerId = command.officerId) {
  const suffix = crypto.randomUUID();
  const outbox = openOutboxDb(`test-outbox-${suffix}`);
  const db = openCacheDb(`test-cache-${suffix}`);
  const store = new DexieSyncStore(outbox, db, 'KR-ICN');
  await store.applyOutboxPatch({ put: entries });
  const engine = createSyncEngine({
    store,
    transport: offlineTransport,
    clock: { now: () => Date.UTC(2026, 0, 5, 9) },
    random: seededRandom(1),
    deviceId: command.deviceId,
    officerId,
  });
  const runtime: SyncRuntime = {
    decisions: createDecisions(
      engine,
      {
        appendDecision: async () => ok({ appended: false }),
        readJournal: async () => ok({ commands: [], problems: [] }),
      },
      () => {},
    ),
    poke: () => {},
    stop: () => {},
  };
  return { outbox, db, runtime };
}

function WithSync({ outbox, runtime }: { outbox: OutboxDb; runtime: SyncRuntime }) {
  const services = useServices();
  return (
    <ServicesContext.Provider value={{ ...services, outbox }}>
      <SyncRuntimeContext.Provider value={runtime}>
        <AttentionPage />
      </SyncRuntimeContext.Provider>
    </ServicesContext.Provider>
  );
}

const session = makeSession();
const kim = session.officer.id;

/** Kim released on version 1; lee had put the goods on hold since (version 2). */
const kimsRelease = sampleDecision(3, { officerId: kim });
const leesHold = {
  decisionId: sampleDecision(9).decisionId,
  kind: 'hold' as const,
  officerId: OfficerId.parse('officer-lee'),
  recordedAt: '2026-01-05T08:30:00.000Z',
};
const overridden: OutboxEntry = {
  ...conflicted,
  command: kimsRelease,
  outcome: {
    outcome: 'CONFLICT',
    decisionId: kimsRelease.decisionId,
    reason: 'DECIDED_SINCE_VIEWED',
    currentVersion: 2,
    intervening: [leesHold],
  },
};

/** Kim reassessed offline with tariff 1; tariff 2, published since, makes the duty 8% instead of 13%. */
const kimsReassess = sampleDecision(6, { officerId: kim, kind: 'reassess' });
const figures = (duty: string, vat: string, payable: string) => ({
  currency: 'KRW' as never,
  payable: payable as never,
  byKind: [
    { kind: 'customs-duty' as const, code: '관세', amount: duty as never },
    { kind: 'vat' as const, code: '부가가치세', amount: vat as never },
  ],
  items: [],
  complete: true,
});
const outdated: OutboxEntry = {
  ...conflicted,
  command: kimsReassess,
  outcome: {
    outcome: 'CONFLICT',
    decisionId: kimsReassess.decisionId,
    reason: 'TARIFF_OUTDATED',
    used: { tariff: 1, rates: 1, taxes: null },
    current: { tariff: 2, rates: 1, taxes: null },
    claimed: figures('130000', '113000', '243000'),
    official: figures('80000', '108000', '188000'),
  },
};

describe('the Needs attention page', () => {
  it('shows a TARIFF_OUTDATED conflict once, each tax as claimed and as the centre computed it, and the versions', async () => {
    const sync = await setup([outdated], kim);
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db });
    const items = await screen.findAllByTestId('attention-item');
    const rows = [...screen.getByTestId('attention-figures').querySelectorAll('tbody tr')];
    expect({
      count: items.length,
      reason: items[0]?.querySelector('p')?.textContent,
      versions: screen.getByTestId('attention-figures').querySelector('p')?.textContent,
      rows: rows.map((row) => [...row.children].map((cell) => cell.textContent)),
      differs: rows.map((row) => row.getAttribute('data-differs')),
    }).toEqual({
      count: 1,
      reason: `${kimsReassess.declarationId} · Reassess · Conflict: a newer tariff or rate table gives other figures`,
      versions:
        'Assessed with: Tariff version 1, exchange rates 1, national taxes none · Current: Tariff version 2, exchange rates 1, national taxes none',
      rows: [
        ['Customs duty', '130000', '80000'],
        ['VAT', '113000', '108000'],
        ['Payable (KRW)', '243000', '188000'],
      ],
      differs: ['true', 'true', 'true'],
    });
  });

  it("shows the signed-in officer's conflict with the decision made since, and another officer's pending ones as waiting", async () => {
    // A shared workstation: park decided here before kim signed in; park's items are park's.
    const parksPending = {
      ...stuck,
      command: sampleDecision(4, { officerId: 'officer-park' }),
      serverFailures: 0,
    };
    const parksConflict = { ...conflicted, command: sampleDecision(5, { officerId: 'officer-park' }) };
    const sync = await setup([overridden, parksPending, parksConflict], kim);
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db });
    const items = await screen.findAllByTestId('attention-item');
    expect({
      items: items.map((item) => item.dataset['decisionId']),
      reason: items[0]?.querySelector('p')?.textContent,
      intervening: screen.getByTestId('attention-intervening').textContent,
      others: screen.getAllByTestId('attention-other-officer').map((item) => item.textContent),
    }).toEqual({
      items: [kimsRelease.decisionId],
      reason: `${kimsRelease.declarationId} · Release · Conflict: another officer decided on it since you viewed it`,
      intervening: `Hold · officer-lee · ${formatDateTime(leesHold.recordedAt, 'en')}`,
      others: ['DECL-4 · Waiting for officer-park to sign in on this computer: only they can send it.'],
    });
  });

  it('lists a conflict once and drops it when acknowledged', async () => {
    const sync = await setup();
    renderScreen(<WithSync {...sync} />, { db: sync.db });
    expect((await screen.findAllByTestId('attention-item')).map((item) => item.textContent)).toEqual([
      expect.stringContaining('Conflict: the declaration is not in a state for this decision'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Nothing needs your attention.')).toBeTruthy();
    await waitFor(async () =>
      expect((await sync.outbox.decisions.get(command.decisionId))?.entry?.attentionShown).toBe(true),
    );
  });

  it('lists a decision the server keeps failing on once, with its reason, and Retry sends it again', async () => {
    const sync = await setup([conflicted, stuck]);
    renderScreen(<WithSync {...sync} />, { db: sync.db });
    const items = await screen.findAllByTestId('attention-item');
    const listed = items.map((item) => [item.dataset['reason'], item.dataset['decisionId']]);
    expect({
      listed,
      reason: screen.getByTestId('attention-stuck-reason').textContent,
    }).toEqual({
      listed: [
        ['conflict', command.decisionId],
        ['stuck', stuckCommand.decisionId],
      ],
      reason: 'The central API failed on this decision 3 times; it is kept on this device.',
    });
    fireEvent.click(screen.getByTestId('attention-retry'));
    await waitFor(() => expect(screen.queryByTestId('attention-retry')).toBeNull());
    const row = await sync.outbox.decisions.get(stuckCommand.decisionId);
    expect({
      items: screen.getAllByTestId('attention-item').length,
      kept: [row?.entry?.state, row?.entry?.serverFailures],
    }).toEqual({ items: 1, kept: ['pending', 0] });
  });
});
