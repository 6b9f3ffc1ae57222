import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { openTestCacheDb } from '../../test-utils/db';
import { makeDeclaration } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { DeclarationDetailPage } from './DeclarationDetailPage';

const detailRoute = (
  <Routes>
    <Route path="/declarations/:id" element={<DeclarationDetailPage />} />
  </Routes>
);

describe('the declaration detail', () => {
  it('shows header, parties, transport and items from the cache', async () => {
    const db = openTestCacheDb();
    await db.declarations.put(makeDeclaration({ id: 'D-1', reference: 'REF-DETAIL', lane: 'RED' }));
    renderScreen(detailRoute, { db, route: '/declarations/D-1' });
    expect(await screen.findByRole('heading', { name: 'REF-DETAIL' })).toBeTruthy();
    expect(screen.getByText('Saigon Foods JSC')).toBeTruthy();
    expect(screen.getByText('HMM ALGECIRAS · 9863297')).toBeTruthy();
    expect(screen.getByText('Frozen shrimp')).toBeTruthy();
    expect(screen.getAllByText('12,500.00 USD')).toHaveLength(2);
    expect(screen.getByText('R-VAL-01')).toBeTruthy();
  });

  it('shows, in Korean, the engine capacity, electric drive and liquor an item declares', async () => {
    const db = openTestCacheDb();
    const [shrimp] = makeDeclaration().items;
    const items = [
      { hsCode: '8703239010', description: 'Sedan', engineCapacityCc: '1998', electricVehicle: false },
      { hsCode: '8703800000', description: 'EV', electricVehicle: true },
      { hsCode: '2208300000', description: 'Scotch', liquorCategory: 'whisky', alcoholStrengthPercent: '40' },
      { hsCode: '0303890000', description: 'Frozen fish' },
    ].map((item, index) => ({ ...shrimp, ...item, sequence: index + 1 }));
    await db.declarations.put(makeDeclaration({ id: 'D-1', items }));
    renderScreen(detailRoute, { db, route: '/declarations/D-1', language: 'ko' });
    await screen.findByText('Frozen fish');
    expect(screen.getAllByTestId('item-attributes').map((line) => line.textContent)).toEqual([
      '1,998 cc · 비전기',
      '전기',
      '위스키 40% vol',
    ]);
  });

  it('says so when the declaration is not in the cache', async () => {
    renderScreen(detailRoute, { db: openTestCacheDb(), route: '/declarations/NOPE', language: 'ko' });
    expect(await screen.findByText('이 신고는 로컬 사본에 없습니다.')).toBeTruthy();
  });
});
