import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthStore, useSessionStore } from '../../state';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration, makePost, makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { DeclarationsPage } from './DeclarationsPage';

function Opened() {
  return <p>opened {useParams()['id']}</p>;
}

const app = (
  <Routes>
    <Route path="/" element={<DeclarationsPage />} />
    <Route path="/declarations/:id" element={<Opened />} />
  </Routes>
);

async function seeded() {
  const db = openTestCacheDb();
  await db.declarations.bulkPut([
    makeDeclaration({ id: 'D-1', reference: 'REF-1', lane: 'RED', riskScore: 90, assignedTo: 'officer-kim' }),
    makeDeclaration({ id: 'D-2', reference: 'REF-2', lane: 'RED', riskScore: 50, assignedTo: 'officer-lee' }),
    makeDeclaration({ id: 'D-3', reference: 'REF-3', lane: 'GREEN', riskScore: 10 }),
  ]);
  return db;
}

const selectedReference = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('row', { selected: true })
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent);

describe('the worklist from the keyboard', () => {
  beforeEach(() => {
    useSessionStore.getState().setPosts([makePost()], 'cache');
    useSessionStore.getState().selectPost('KR-ICN');
    useAuthStore.getState().signIn(makeSession());
  });

  it('moves the selected row with the arrows and j/k, jumps with Home/End, and opens it with Enter', async () => {
    renderScreen(app, { db: await seeded() });
    const grid = await screen.findByRole('grid', { name: /arrow keys/ });
    // Once the in-memory index answers, as an officer's keys would find it after the first second.
    await waitFor(() => expect(screen.getByTestId('worklist-counts').dataset['scope']).toBe('post'));
    expect(selectedReference()).toEqual(['REF-1']);
    for (const key of ['ArrowDown', 'j', 'k']) fireEvent.keyDown(grid, { key });
    expect(selectedReference()).toEqual(['REF-2']);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(selectedReference()).toEqual(['REF-3']);
    fireEvent.keyDown(grid, { key: 'Home' });
    fireEvent.keyDown(grid, { key: 'ㅓ', code: 'KeyJ' });
    expect(selectedReference()).toEqual(['REF-2']);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(await screen.findByText('opened D-2')).toBeTruthy();
  });

  it('shows who each declaration is assigned to by name, the officer’s own as Me, and narrows to them', async () => {
    const lee = {
      id: 'officer-lee',
      postId: 'KR-ICN',
      username: 'lee.officer',
      displayName: 'Lee Officer',
      role: 'officer',
      demo: true,
    };
    useSessionStore.getState().setPosts([makePost({ officers: [lee] })], 'cache');
    useSessionStore.getState().selectPost('KR-ICN');
    renderScreen(app, { db: await seeded() });
    await screen.findByRole('grid');
    const assigned = () =>
      within(screen.getByRole('grid'))
        .getAllByTestId('declaration-row')
        .map((row) => within(row).getAllByRole('gridcell').at(-1)?.textContent);
    expect(assigned()).toEqual(['Me', 'Lee Officer', '—']);
    fireEvent.change(screen.getByTestId('worklist-filter-assignee'), { target: { value: 'none' } });
    await waitFor(() => expect(assigned()).toEqual(['—']));
  });

  it('counts lanes and statuses of the whole post, then of the filter, saying which', async () => {
    renderScreen(app, { db: await seeded() });
    // "Counting…" until the index is read, then the counts.
    await waitFor(() => expect(screen.getByTestId('worklist-counts').dataset['scope']).toBe('post'));
    const counts = screen.getByTestId('worklist-counts');
    const red = () => screen.getByTestId('worklist-counts').querySelector('[data-count-of="lane-RED"]');
    expect([within(counts).getByText('Whole post:').tagName, red()?.getAttribute('data-count')]).toEqual([
      'DT',
      '2',
    ]);
    fireEvent.change(screen.getByTestId('worklist-filter-risk-min'), { target: { value: '60' } });
    await waitFor(() => expect(screen.getByText('Matching the filter:')).toBeTruthy());
    expect(red()?.getAttribute('data-count')).toBe('1');
  });

  it('saves the current filter as a named view and applies it again', async () => {
    const db = await seeded();
    renderScreen(app, { db });
    await screen.findByRole('grid');
    fireEvent.change(screen.getByTestId('worklist-filter-lane'), { target: { value: 'GREEN' } });
    fireEvent.change(screen.getByTestId('worklist-view-name'), { target: { value: 'Green' } });
    fireEvent.click(screen.getByTestId('worklist-view-save'));
    await waitFor(async () => expect((await db.worklistSettings.get('officer-kim'))?.views).toHaveLength(1));
    fireEvent.click(screen.getByTestId('worklist-filter-clear'));
    await waitFor(() => expect(screen.getAllByTestId('declaration-row')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('worklist-view'), { target: { value: 'Green' } });
    await waitFor(() => expect(screen.getAllByTestId('declaration-row')).toHaveLength(1));
    expect(screen.getByText('REF-3')).toBeTruthy();
  });
});
