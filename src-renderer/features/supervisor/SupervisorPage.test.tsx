import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DecisionEntry } from '@shared/api/decision-history';
import { Session } from '@shared/api/auth-v1';
import { openCacheDb } from '../../db';
import { useAuthStore } from '../../state';
import { makeDeclaration, makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { SupervisorPage } from './SupervisorPage';

const officer = makeSession();
const supervisor = Session.parse({
  ...officer,
  officer: { ...officer.officer, id: 'officer-park', username: 'park.supervisor', role: 'supervisor' },
});

const referral = (declarationId: string, decisionId: string, supersedes: string | null) =>
  DecisionEntry.parse({
    decisionId,
    declarationId,
    kind: 'refer',
    officerId: officer.officer.id,
    reasonCode: 'VALUATION_UNIT',
    note: 'Invoice looks low.',
    recordedAt: '2026-01-05T09:00:00Z',
    declarationVersion: 2,
    outcome: 'APPLIED',
    official: null,
    ...(supersedes === null ? {} : { supersedes }),
  });

async function withQueue() {
  const db = openCacheDb(`test-cache-${crypto.randomUUID()}`);
  await db.declarations.bulkAdd([
    makeDeclaration({ id: 'D-1', status: 'held', version: 2 }),
    makeDeclaration({ id: 'D-2', status: 'held', version: 2 }),
    makeDeclaration({ id: 'D-3', status: 'selected' }),
  ]);
  await db.decisions.bulkAdd([
    { ...referral('D-1', '01900000-0000-7000-8000-000000000001', null), postId: 'KR-ICN' },
    {
      ...referral('D-2', '01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000099'),
      postId: 'KR-ICN',
    },
  ]);
  return db;
}

afterEach(() => useAuthStore.getState().signOut(false));

describe("the supervisor's queue", () => {
  it('lists the referred declarations and the escalated conflicts apart, each with its resolve action', async () => {
    useAuthStore.getState().signIn(supervisor);
    renderScreen(<SupervisorPage />, { db: await withQueue() });
    const referred = await screen.findByTestId('supervisor-referred');
    const escalated = screen.getByTestId('supervisor-escalated');
    expect({
      referred: within(referred)
        .getAllByTestId('supervisor-item')
        .map((item) => item.dataset['declarationId']),
      escalated: within(escalated)
        .getAllByTestId('supervisor-item')
        .map((item) => item.dataset['declarationId']),
      action: within(referred).getByRole('button', { name: 'Open and decide' }).getAttribute('aria-expanded'),
      reason: within(referred).getByText(/VALUATION_UNIT/) !== null,
    }).toEqual({ referred: ['D-1'], escalated: ['D-2'], action: 'false', reason: true });
  });

  it('is not shown to an officer', async () => {
    useAuthStore.getState().signIn(officer);
    renderScreen(<SupervisorPage />, { db: await withQueue() });
    expect(await screen.findByText('This queue is for supervisors.')).toBeTruthy();
    expect(screen.queryByTestId('supervisor-item')).toBeNull();
  });
});
