import { describe, expect, it } from 'vitest';
import { openTestCacheDb } from '../test-utils/db';
import { NO_FILTER } from './worklist-filter';
import {
  deleteWorklistView,
  readWorklistSettings,
  saveColumnSettings,
  saveWorklistView,
  type SavedWorklistView,
} from './worklist-settings-repo';

const view = (name: string, lane: 'RED' | 'YELLOW'): SavedWorklistView => ({
  name,
  filter: { ...NO_FILTER, lane },
  sorting: [{ id: 'riskScore', desc: true }],
  columns: { columnVisibility: { typeCode: false }, columnOrder: ['trader'], columnSizing: { trader: 300 } },
});

describe('an officer’s saved worklist views and columns', () => {
  it('keeps each officer’s views apart, replaces a view saved again under its name, deletes one', async () => {
    const db = openTestCacheDb();
    await saveWorklistView(db, 'officer-kim', view('Red', 'RED'));
    await saveWorklistView(db, 'officer-kim', view('Yellow', 'YELLOW'));
    await saveWorklistView(db, 'officer-kim', view('Red', 'YELLOW'));
    await saveWorklistView(db, 'officer-lee', view('Mine', 'RED'));
    await deleteWorklistView(db, 'officer-kim', 'Yellow');
    await saveColumnSettings(db, 'officer-kim', view('x', 'RED').columns);
    const kim = await readWorklistSettings(db, 'officer-kim');
    const lee = await readWorklistSettings(db, 'officer-lee');
    expect({
      kim: kim.views.map((saved) => [saved.name, saved.filter.lane]),
      kimColumns: kim.columns,
      lee: lee.views.map((saved) => saved.name),
      leeColumns: lee.columns,
    }).toEqual({
      kim: [['Red', 'YELLOW']],
      kimColumns: view('x', 'RED').columns,
      lee: ['Mine'],
      leeColumns: { columnVisibility: {}, columnOrder: [], columnSizing: {} },
    });
  });

  it('opens a view saved before a filter field existed, with that field as "any"', async () => {
    const db = openTestCacheDb();
    const { origin: _origin, pendingOnly: _pending, ...olderFilter } = NO_FILTER;
    await db.worklistSettings.put({
      officerId: 'officer-kim',
      views: [
        { ...view('Old', 'RED'), filter: { ...olderFilter, lane: 'RED' } as SavedWorklistView['filter'] },
      ],
      columns: view('Old', 'RED').columns,
    });
    const [old] = (await readWorklistSettings(db, 'officer-kim')).views;
    expect(old?.filter).toEqual({ ...NO_FILTER, lane: 'RED' });
  });
});
