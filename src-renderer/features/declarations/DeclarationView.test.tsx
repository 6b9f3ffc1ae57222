import { act, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeviceId, HsCode } from '@shared/domain';
import { createSyncEngine, seededRandom } from '@shared/sync';
import { ServicesContext, useServices } from '../../app/services';
import { DexieSyncStore, openOutboxDb } from '../../db';
import { putLastSyncAt } from '../../db/meta-repo';
import { recordViewedCopy } from '../../db/viewed-repo';
import { useAuthStore, useSessionStore, useSyncStore } from '../../state';
import { openTestCacheDb } from '../../test-utils/db';
import { makeCheckEntry, makeDeclaration, makePost, makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { offlineTransport } from '../../test-utils/sync';
import { DeclarationDetailPage } from './DeclarationDetailPage';

// Issue 11, point 4: the declaration view says how old the copy is, what changed since the officer
// last opened it, and every decision with who (and in which role) made it, this device's included.
const session = makeSession();
const officer = {
  id: session.officer.id,
  postId: 'KR-ICN',
  username: 'kim.officer',
  displayName: 'Kim Officer',
  role: 'officer',
  demo: true,
};

function WithOutbox({ outbox }: { outbox: ReturnType<typeof openOutboxDb> }) {
  const services = useServices();
  return (
    <ServicesContext.Provider value={{ ...services, outbox }}>
      <Routes>
        <Route path="/declarations/:id" element={<DeclarationDetailPage />} />
      </Routes>
    </ServicesContext.Provider>
  );
}

function signedIn() {
  useSessionStore.getState().setPosts([makePost({ officers: [officer] })], 'cache');
  useSessionStore.getState().selectPost('KR-ICN');
  useAuthStore.getState().signIn(session);
}

describe('the declaration view', () => {
  it('lists, field by field, what changed since the officer last opened it, and records this visit', async () => {
    const db = openTestCacheDb();
    const outbox = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    const then = makeDeclaration({ id: 'D-1', lane: 'YELLOW', version: 2 });
    await recordViewedCopy(db, session.officer.id, then, '2026-12-03T05:02:00Z');
    const [item] = then.items;
    if (!item) throw new Error('the fixture has an item');
    await db.declarations.put({
      ...then,
      version: 5,
      lane: 'RED',
      items: [{ ...item, hsCode: HsCode.parse('0306170000') }],
    });
    signedIn();
    renderScreen(<WithOutbox outbox={outbox} />, { db, route: '/declarations/D-1' });
    const panel = await screen.findByTestId('changes-since');
    expect({
      title: within(panel).getByRole('heading').textContent,
      rows: within(panel)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    }).toEqual({
      title: '2 changes since you last opened it (3 Dec 2026, 05:02, version 2)',
      rows: [
        ['Declaration', 'Lane', 'Yellow', 'Red'],
        ['Item 1', 'HS code', item.hsCode, '0306170000'],
      ],
    });
    await expect
      .poll(async () => (await db.meta.get(`viewed:${session.officer.id}:D-1`))?.value)
      .toMatchObject({
        declaration: { version: 5, lane: 'RED' },
      });
  });

  it('says nothing on a first visit until the declaration changes while it is open', async () => {
    const db = openTestCacheDb();
    const opened = makeDeclaration({ id: 'D-1', lane: 'YELLOW' });
    await db.declarations.put(opened);
    signedIn();
    renderScreen(<WithOutbox outbox={openOutboxDb(`test-outbox-${crypto.randomUUID()}`)} />, {
      db,
      route: '/declarations/D-1',
    });
    await screen.findByTestId('decision-history');
    await expect.poll(async () => db.meta.get(`viewed:${session.officer.id}:D-1`)).toBeTruthy();
    expect(screen.queryByTestId('changes-since')).toBeNull();
    await db.declarations.put({ ...opened, version: opened.version + 1, lane: 'RED' });
    const panel = await screen.findByTestId('changes-since');
    expect(
      within(panel)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([['Declaration', 'Lane', 'Yellow', 'Red']]);
  });

  it('says how old the copy is, louder when offline', async () => {
    const db = openTestCacheDb();
    await db.declarations.put(makeDeclaration({ id: 'D-1' }));
    await putLastSyncAt(db, 'KR-ICN', new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString());
    signedIn();
    renderScreen(<WithOutbox outbox={openOutboxDb(`test-outbox-${crypto.randomUUID()}`)} />, {
      db,
      route: '/declarations/D-1',
    });
    expect((await screen.findByTestId('cache-age')).textContent).toMatch(
      /^Copy on this device as of .+ \(3 hours ago\)\.$/,
    );
    act(() => useSyncStore.getState().setOnline(false));
    expect(screen.getByTestId('cache-age').textContent).toMatch(
      /^Offline: the copy on this device is as of .+ \(3 hours ago\)\. A colleague’s newer decision may not be here yet\.$/,
    );
  });

  it('shows this device’s unconfirmed decision in the history, with its officer, role and reason', async () => {
    const db = openTestCacheDb();
    const outbox = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    await db.declarations.put(makeDeclaration({ id: 'D-1', postId: 'KR-ICN' }));
    const engine = createSyncEngine({
      store: new DexieSyncStore(outbox, db, 'KR-ICN'),
      transport: offlineTransport,
      clock: { now: () => Date.UTC(2026, 11, 3, 9) },
      random: seededRandom(1),
      deviceId: DeviceId.parse('device-test-0001'),
      officerId: session.officer.id,
    });
    const saved = await engine.decide({
      declarationId: makeDeclaration({ id: 'D-1' }).id,
      officerId: session.officer.id,
      kind: 'hold',
      reasonCode: 'DOCS_MISSING',
      note: 'invoice missing',
    });
    expect(saved.ok).toBe(true);
    signedIn();
    renderScreen(<WithOutbox outbox={outbox} />, { db, route: '/declarations/D-1' });
    const history = await screen.findByTestId('decision-history');
    const entry = await within(history).findByText(/^Hold · waiting to be sent · Kim Officer \(officer\)/);
    expect({
      line: entry.textContent?.replace(/ · [^·]+ · DOCS_MISSING$/, ' · <time> · DOCS_MISSING'),
      said: within(history).getByText('on this device, not yet confirmed by the centre') !== null,
      note: within(history).getByText('invoice missing') !== null,
    }).toEqual({
      line: 'Hold · waiting to be sent · Kim Officer (officer) · <time> · DOCS_MISSING',
      said: true,
      note: true,
    });
  });

  it('shows each document with what the newest check found, who recorded it, and the check in the history', async () => {
    const db = openTestCacheDb();
    const documents = [
      { code: 'N380', reference: 'INV-1', description: 'Commercial invoice' },
      { code: 'N271', reference: 'BL-7', description: 'Bill of lading' },
      { code: 'N935', reference: 'CO-2', description: 'Certificate of origin' },
    ];
    await db.declarations.put(makeDeclaration({ id: 'D-1', documents }));
    await db.decisions.put({
      ...makeCheckEntry({ officerId: session.officer.id }),
      postId: 'KR-ICN',
    });
    signedIn();
    renderScreen(<WithOutbox outbox={openOutboxDb(`test-outbox-${crypto.randomUUID()}`)} />, {
      db,
      route: '/declarations/D-1',
    });
    const panel = await screen.findByTestId('documents');
    await within(panel).findByText('Missing');
    expect({
      checks: within(panel)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [row.getAttribute('data-check'), row.lastElementChild?.textContent]),
      history: within(screen.getByTestId('decision-history')).getByTestId('decision-details').textContent,
    }).toEqual({
      checks: [
        ['seen', 'Seen by Kim Officer, 3 Dec 2026, 09:00'],
        ['missing', 'Missing by Kim Officer, 3 Dec 2026, 09:00'],
        ['unchecked', 'not checked'],
      ],
      history: 'N380 INV-1: Seen · N271 BL-7: Missing',
    });
  });
});
