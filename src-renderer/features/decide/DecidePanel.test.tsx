import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { RELEASE_BASIS_CODES } from '@shared/domain/payment';
import { REASON_CODES } from '@shared/domain/reason-codes';
import { createSyncEngine, seededRandom } from '@shared/sync';
import { err, ok } from '@shared/util/result';
import { ServicesContext, SyncRuntimeContext, useServices } from '../../app/services';
import { DexieSyncStore, openCacheDb, openOutboxDb } from '../../db';
import { useAuthStore } from '../../state';
import { createDecisions } from '../../sync/decisions';
import type { SyncRuntime } from '../../sync';
import { makeDeclaration, makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { offlineTransport } from '../../test-utils/sync';
import { DeclarationDetailPage } from '../declarations';

const session = makeSession();

function setup(journalCode?: string) {
  const suffix = crypto.randomUUID();
  const outbox = openOutboxDb(`test-outbox-${suffix}`);
  const db = openCacheDb(`test-cache-${suffix}`);
  const engine = createSyncEngine({
    store: new DexieSyncStore(outbox, db, 'KR-ICN'),
    transport: offlineTransport,
    clock: { now: () => Date.UTC(2026, 0, 5, 9) },
    random: seededRandom(1),
    deviceId: DeviceId.parse('device-test-0001'),
    officerId: session.officer.id,
  });
  const runtime: SyncRuntime = {
    decisions: createDecisions(
      engine,
      {
        appendDecision: async () =>
          journalCode ? err({ code: journalCode, message: 'full' }) : ok({ appended: false }),
        readJournal: async () => ok({ commands: [], problems: [] }),
      },
      () => {},
    ),
    poke: () => {},
    stop: () => {},
  };
  return { outbox, db, runtime };
}

/** Gives the page the outbox and the runtime the shell would provide. */
function WithSync({
  outbox,
  runtime,
}: {
  outbox: ReturnType<typeof setup>['outbox'];
  runtime: SyncRuntime | null;
}) {
  const services = useServices();
  return (
    <ServicesContext.Provider value={{ ...services, outbox }}>
      <SyncRuntimeContext.Provider value={runtime}>
        <Routes>
          <Route path="/declarations/:id" element={<DeclarationDetailPage />} />
        </Routes>
      </SyncRuntimeContext.Provider>
    </ServicesContext.Provider>
  );
}

/** The shell before and after its sync runtime starts (after the first download of a session). */
function WithLateRuntime(sync: ReturnType<typeof setup>) {
  const [runtime, setRuntime] = useState<SyncRuntime | null>(null);
  return (
    <>
      <button type="button" onClick={() => setRuntime(sync.runtime)}>
        start the runtime
      </button>
      <WithSync {...sync} runtime={runtime} />
    </>
  );
}

describe('the Decide panel', () => {
  it('asks an officer who is not signed in to sign in', async () => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    expect(await screen.findByRole('link', { name: 'Sign in to record decisions.' })).toBeTruthy();
  });

  it('saves a decision locally and shows the declaration as pending with its new status', async () => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Decision' }), {
      target: { value: 'hold' },
    });
    // A hold needs its reason, chosen from the hold list (the built-in list while no codes pack is here).
    fireEvent.change(screen.getByRole('combobox', { name: 'Reason code' }), {
      target: { value: 'DOCS_MISSING' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect(await screen.findByText(/Decision saved on this device/)).toBeTruthy();
    expect((await sync.outbox.decisions.toArray())[0]?.entry?.command.reasonCode).toBe('DOCS_MISSING');
    expect(await screen.findByTestId('pending-marker')).toBeTruthy();
    expect(screen.getAllByText('Held').length).toBeGreaterThan(0);
  });

  it('keeps what the officer entered while the records open, and saves once they are open', async () => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithLateRuntime {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Decision' }), {
      target: { value: 'hold' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Reason code' }), {
      target: { value: 'DOCS_MISSING' },
    });
    const save = screen.getByRole('button', { name: 'Save decision' });
    expect({
      disabled: (save as HTMLButtonElement).disabled,
      said: screen.getByTestId('decide-opening').textContent,
    }).toEqual({ disabled: true, said: 'Opening the records on this device: Save is ready in a moment.' });
    fireEvent.click(screen.getByRole('button', { name: 'start the runtime' }));
    expect((save as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(save);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect(await screen.findByText(/Decision saved on this device/)).toBeTruthy();
    expect((await sync.outbox.decisions.toArray())[0]?.entry?.command).toMatchObject({
      kind: 'hold',
      reasonCode: 'DOCS_MISSING',
    });
  });

  it('refuses a note the server could not store, says why, and saves nothing', async () => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Note' }), {
      target: { value: 'seal number \u0000 unreadable' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect({
      alert: (await screen.findByRole('alert')).textContent,
      saved: await sync.outbox.decisions.count(),
    }).toEqual({
      alert: 'The decision cannot be sent as written: note: text must not contain NUL or unpaired surrogates',
      saved: 0,
    });
  });

  it.each([
    ['reject', 'Reject needs a reason code: the declarant or your colleague is told why.'],
    ['hold', 'Hold needs a reason code: the declarant or your colleague is told why.'],
    ['refer', 'Refer to supervisor needs a reason code: the declarant or your colleague is told why.'],
  ])('asks for a reason code before saving a %s', async (kind, alert) => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Decision' }), {
      target: { value: kind },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect({
      alert: (await screen.findByRole('alert')).textContent,
      saved: await sync.outbox.decisions.count(),
    }).toEqual({ alert, saved: 0 });
  });

  it('offers only the codes of the chosen kind, never free text', async () => {
    const sync = setup();
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Decision' }), {
      target: { value: 'refer' },
    });
    const options = [...screen.getByRole('combobox', { name: 'Reason code' }).querySelectorAll('option')].map(
      (option) => option.value,
    );
    expect(options).toEqual(['', ...REASON_CODES.refer.map((entry) => entry.code)]);
    expect(screen.queryByRole('textbox', { name: 'Reason code' })).toBeNull();
  });

  it('warns before releasing unsecured duty and saves the release only on a recorded basis with a note', async () => {
    const sync = setup();
    const payment = {
      status: 'due',
      amount: '1250000',
      currency: 'KRW',
      noticeNumber: 'N-2026-0001',
      dueDate: '2026-10-15',
    } as const;
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1', payment }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1' });
    const warning = await screen.findByTestId('decide-unsecured');
    expect(warning.textContent).toContain('1,250,000 KRW is due and neither paid nor secured');
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect({
      alert: (await screen.findByRole('alert')).textContent,
      saved: await sync.outbox.decisions.count(),
    }).toEqual({ alert: warning.textContent, saved: 0 });

    fireEvent.change(screen.getByRole('combobox', { name: 'Reason code' }), {
      target: { value: RELEASE_BASIS_CODES[0].code },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Bank transfer receipt seen; payment not yet confirmed.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect(await screen.findByText(/Decision saved on this device/)).toBeTruthy();
    const [saved] = await sync.outbox.decisions.toArray();
    expect({ kind: saved?.entry?.command.kind, reasonCode: saved?.entry?.command.reasonCode }).toEqual({
      kind: 'release',
      reasonCode: RELEASE_BASIS_CODES[0].code,
    });
  });

  it('shows a full journal disk in Korean and does not report the decision saved', async () => {
    const sync = setup('DISK_FULL');
    await sync.db.declarations.add(makeDeclaration({ id: 'D-1' }));
    useAuthStore.getState().signIn(session);
    renderScreen(<WithSync {...sync} />, { db: sync.db, route: '/declarations/D-1', language: 'ko' });
    fireEvent.click(await screen.findByRole('button', { name: '처분 저장' }));
    fireEvent.click(await screen.findByRole('button', { name: '확인하고 저장' }));
    expect((await screen.findByRole('alert')).textContent).toContain('DISK_FULL');
  });
});
