import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../test-utils/i18n';
import { makeDeclaration } from '../../test-utils/fixtures';
import { ITEMS_RENDERED_WHOLE, ItemsTable } from './ItemsTable';

const [item] = makeDeclaration().items;
const items = (count: number) => Array.from({ length: count }, (_, i) => ({ ...item!, sequence: i + 1 }));

function renderTable(count: number) {
  render(
    <I18nextProvider i18n={createTestI18n('en')}>
      <ItemsTable
        items={items(count)}
        head={
          <tr>
            <th>No.</th>
          </tr>
        }
        row={(goods) => <td>{goods.sequence}</td>}
      />
    </I18nextProvider>,
  );
  return document.querySelectorAll('tbody tr[data-sequence]').length;
}

describe('the items table', () => {
  it(`renders every row up to ${ITEMS_RENDERED_WHOLE} items`, () => {
    expect({ rows: renderTable(ITEMS_RENDERED_WHOLE), goTo: screen.queryByRole('textbox') }).toEqual({
      rows: ITEMS_RENDERED_WHOLE,
      goTo: null,
    });
  });

  it('beyond that, only the rows in view, in a scrolling box with a go-to-item field', () => {
    const rows = renderTable(999);
    expect({
      fewer: rows < 100,
      box: screen.getByTestId('items-scroll').querySelector('table')?.getAttribute('aria-rowcount'),
      goTo: screen.getByRole('textbox', { name: 'Go to item (1–999)' }) !== null,
    }).toEqual({ fewer: true, box: '1000', goTo: true });
  });
});
