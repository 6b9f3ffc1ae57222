import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecisionId, DeclarationId } from '@shared/domain';
import { ServicesContext, useServices } from '../../app/services';
import { openOutboxDb, type OutboxDb } from '../../db';
import { useSessionStore } from '../../state';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration, makePost } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { DeclarationsPage } from './DeclarationsPage';

function WithOutbox({ outbox }: { outbox: OutboxDb }) {
  const services = useServices();
  return (
    <ServicesContext.Provider value={{ ...services, outbox }}>
      <DeclarationsPage />
    </ServicesContext.Provider>
  );
}

describe('the worklist with decisions not yet confirmed', () => {
  it('shows the decided status and a pending marker on that declaration only', async () => {
    useSessionStore.getState().setPosts([makePost()], 'cache');
    useSessionStore.getState().selectPost('KR-ICN');
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-1', reference: 'REF-1' }),
      makeDeclaration({ id: 'D-2', reference: 'REF-2' }),
    ]);
    const outbox = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    await outbox.overlays.put({
      decisionId: DecisionId.parse('0190f3a0-0000-7000-8000-000000000001'),
      declarationId: DeclarationId.parse('D-1'),
      seq: 1,
      kind: 'release',
      status: 'released',
    });
    renderScreen(<WithOutbox outbox={outbox} />, { db });
    const marker = await screen.findByTestId('pending-marker');
    const row = marker.closest('tr');
    if (!row) throw new Error('the marker is not in a row');
    expect({
      row: within(row).getByRole('link').textContent,
      status: within(row).getByText('Released').textContent,
      markers: screen.getAllByTestId('pending-marker').length,
    }).toEqual({ row: 'REF-1', status: 'Released', markers: 1 });
  });
});
