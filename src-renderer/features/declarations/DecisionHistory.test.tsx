import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentFigures } from '@shared/domain/assessment-claim';
import { DeclarationId } from '@shared/domain';
import { historyEntry } from '@shared/sync/testing/fixtures';
import { openCacheDb } from '../../db';
import { formatDateTime } from '../../i18n';
import { renderScreen } from '../../test-utils/render';
import { DecisionHistory } from './DecisionHistory';

const D1 = DeclarationId.parse('D1');

describe('the decision history of a declaration', () => {
  it('lists the applied decisions oldest first, with officer, time and the official figures', async () => {
    const db = openCacheDb(`test-cache-${crypto.randomUUID()}`);
    const hold = { ...historyEntry('D1', 1, 2), postId: 'ICN-01', reasonCode: 'DOCS' };
    const reassess = {
      ...historyEntry('D1', 2, 3),
      postId: 'ICN-01',
      kind: 'reassess' as const,
      official: {
        versions: { tariff: 2, rates: 1, taxes: null },
        tariffLabel: 'tariff',
        ratesLabel: 'rates',
        figures: AssessmentFigures.parse({
          currency: 'KRW',
          payable: '188000',
          byKind: [
            { kind: 'customs-duty', code: '관세', amount: '80000' },
            { kind: 'vat', code: '부가가치세', amount: '108000' },
          ],
          items: [],
          complete: true,
        }),
      },
    };
    await db.decisions.bulkPut([reassess, hold]);
    renderScreen(<DecisionHistory declarationId={D1} />, { db });
    const items = await screen.findAllByRole('listitem', { name: '' });
    const entries = items.filter((item) => item.dataset['decisionId'] !== undefined);
    const time = formatDateTime(hold.recordedAt, 'en');
    expect(entries.map((item) => item.querySelector('p')?.textContent)).toEqual([
      `Hold · applied · officer-kim · ${time} · DOCS`,
      `Reassess · applied · officer-kim · ${time}`,
    ]);
    expect(screen.getByTestId('history-official').textContent).toBe(
      'Official assessment: payable 188,000 KRW (Tariff version 2, exchange rates 1, national taxes none)Customs duty 80,000VAT 108,000',
    );
  });

  it('says when nothing has been applied yet', async () => {
    renderScreen(<DecisionHistory declarationId={D1} />, {
      db: openCacheDb(`test-cache-${crypto.randomUUID()}`),
    });
    expect(await screen.findByText('No decision has been applied to this declaration yet.')).toBeTruthy();
  });
});
