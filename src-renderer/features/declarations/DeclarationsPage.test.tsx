import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../state';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration, makePost } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { DeclarationsPage } from './DeclarationsPage';

const references = () =>
  screen.getAllByTestId('declaration-row').map((row) => within(row).getAllByRole('gridcell')[0]?.textContent);

describe('the declarations worklist', () => {
  beforeEach(() => {
    useSessionStore.getState().setPosts([makePost()], 'cache');
    useSessionStore.getState().selectPost('KR-ICN');
  });

  it('lists the selected post’s declarations from the cache, riskiest lane first', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-1', reference: 'REF-GREEN', lane: 'GREEN', riskScore: 5 }),
      makeDeclaration({ id: 'D-2', reference: 'REF-RED', lane: 'RED', riskScore: 90 }),
      makeDeclaration({ id: 'D-3', reference: 'REF-YELLOW', lane: 'YELLOW', riskScore: 50 }),
      makeDeclaration({ id: 'UK-1', reference: 'REF-OTHER-POST', postId: 'GB-DVR', jurisdiction: 'uk' }),
    ]);
    renderScreen(<DeclarationsPage />, { db });

    expect(await screen.findByText('3 declarations')).toBeTruthy();
    expect(references()).toEqual(['REF-RED', 'REF-YELLOW', 'REF-GREEN']);
    expect(screen.queryByText('REF-OTHER-POST')).toBeNull();
    const table = within(screen.getByRole('grid'));
    expect(table.getByText('Red').className).toContain('lane-red');
    expect(table.getByText('Green').className).toContain('lane-green');
    expect(table.getAllByText('한빛무역 주식회사')).toHaveLength(3);
    expect(table.getAllByText('0306171000')).toHaveLength(3);
    expect(screen.getAllByText('DEMO DATA')).toHaveLength(1);
  });

  it('sorts by a column when its header is clicked', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-1', reference: 'B-REF', lane: 'RED' }),
      makeDeclaration({ id: 'D-2', reference: 'A-REF', lane: 'GREEN' }),
      makeDeclaration({ id: 'D-3', reference: 'C-REF', lane: 'BLUE' }),
    ]);
    renderScreen(<DeclarationsPage />, { db });
    const header = await screen.findByRole('button', { name: /^Reference/ });
    fireEvent.click(header);
    await waitFor(() => expect(references()).toEqual(['A-REF', 'B-REF', 'C-REF']));
    fireEvent.click(header);
    await waitFor(() => expect(references()).toEqual(['C-REF', 'B-REF', 'A-REF']));
  });

  it('shows new rows as soon as a sync writes them', async () => {
    const db = openTestCacheDb();
    renderScreen(<DeclarationsPage />, { db });
    expect(await screen.findByText('No declarations for this post in the local copy yet.')).toBeTruthy();
    await db.declarations.put(makeDeclaration({ id: 'D-9', reference: 'REF-LIVE' }));
    expect(await screen.findByText('REF-LIVE')).toBeTruthy();
    expect(screen.getByText('1 declaration')).toBeTruthy();
  });

  it('renders in Korean', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-1', lane: 'RED', status: 'held', direction: 'export' }),
    ]);
    renderScreen(<DeclarationsPage />, { db, language: 'ko' });
    expect(await screen.findByRole('heading', { name: '수출입 신고' })).toBeTruthy();
    expect(screen.getByText('신고 1건')).toBeTruthy();
    const table = within(screen.getByRole('grid'));
    expect(table.getByText('적색 (물품검사)')).toBeTruthy();
    expect(table.getByText('보류')).toBeTruthy();
    expect(table.getByText('수출')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '신고번호 또는 업체명' })).toBeTruthy();
    expect(screen.getByText('시연용 데이터')).toBeTruthy();
  });

  it('narrows the list to a trader name prefix, a lane and a status, and counts the matches', async () => {
    const db = openTestCacheDb();
    const trader = (name: string) => [
      { role: 'importer', name, identifier: 'X1', address: '부산', country: 'KR' },
    ];
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'D-1', reference: 'REF-1', lane: 'RED', parties: trader('(주)가람수산') }),
      makeDeclaration({ id: 'D-2', reference: 'REF-2', lane: 'GREEN', parties: trader('(주)가람푸드') }),
      makeDeclaration({
        id: 'D-3',
        reference: 'REF-3',
        lane: 'RED',
        parties: trader('Blue Delta Foods Ltd'),
      }),
    ]);
    renderScreen(<DeclarationsPage />, { db });
    expect(await screen.findByText('3 declarations')).toBeTruthy();
    fireEvent.change(screen.getByTestId('worklist-filter-text'), { target: { value: '(주)가람' } });
    await waitFor(() => expect(references()).toEqual(['REF-1', 'REF-2']));
    fireEvent.change(screen.getByTestId('worklist-filter-lane'), { target: { value: 'RED' } });
    await waitFor(() => expect(references()).toEqual(['REF-1']));
    fireEvent.change(screen.getByTestId('worklist-filter-text'), { target: { value: 'blue d' } });
    await waitFor(() => expect(references()).toEqual(['REF-3']));
    fireEvent.change(screen.getByTestId('worklist-filter-status'), { target: { value: 'released' } });
    expect(await screen.findByText('No declaration matches the filter.')).toBeTruthy();
    expect(screen.getByTestId('declaration-count').dataset.count).toBe('0');
  });
});
