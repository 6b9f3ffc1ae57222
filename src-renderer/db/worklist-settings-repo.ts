import type { CacheDb } from './cache-db';
import { NO_FILTER, type WorklistFilter } from './worklist-filter';

/** The officer's columns: which show, in what order, how wide (as @tanstack/react-table keeps them). */
export type ColumnSettings = {
  columnVisibility: Record<string, boolean>;
  columnOrder: string[];
  columnSizing: Record<string, number>;
};
export const DEFAULT_COLUMNS: ColumnSettings = { columnVisibility: {}, columnOrder: [], columnSizing: {} };

/** A worklist the officer named: what it filters, how it sorts, which columns it shows. */
export type SavedWorklistView = {
  name: string;
  filter: WorklistFilter;
  sorting: { id: string; desc: boolean }[];
  columns: ColumnSettings;
};

/**
 * One officer's worklist settings on this device (schema 5's `worklistSettings`), kept apart from
 * the cached declarations so no cache rebuild takes them. `officerId` '' holds the columns used
 * while nobody is signed in.
 */
export type WorklistSettingsRow = { officerId: string; views: SavedWorklistView[]; columns: ColumnSettings };

/**
 * A view as stored, with the filter fields this build added since filled with "any": a view
 * saved by an older build still opens.
 */
const upToDate = (view: SavedWorklistView): SavedWorklistView => ({
  ...view,
  filter: { ...NO_FILTER, ...view.filter },
  columns: { ...DEFAULT_COLUMNS, ...view.columns },
});

export async function readWorklistSettings(db: CacheDb, officerId: string): Promise<WorklistSettingsRow> {
  const row = await db.worklistSettings.get(officerId);
  return {
    officerId,
    views: (row?.views ?? []).map(upToDate),
    columns: { ...DEFAULT_COLUMNS, ...row?.columns },
  };
}

/** Reads, changes and writes one officer's settings in one transaction, so two tabs cannot lose a view. */
function update(db: CacheDb, officerId: string, change: (row: WorklistSettingsRow) => WorklistSettingsRow) {
  return db.transaction('rw', db.worklistSettings, async () => {
    await db.worklistSettings.put(change(await readWorklistSettings(db, officerId)));
  });
}

/** Saves a view under its name, replacing one of the same name. */
export const saveWorklistView = (db: CacheDb, officerId: string, view: SavedWorklistView) =>
  update(db, officerId, (row) => ({
    ...row,
    views: [...row.views.filter((saved) => saved.name !== view.name), view].sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  }));

export const deleteWorklistView = (db: CacheDb, officerId: string, name: string) =>
  update(db, officerId, (row) => ({ ...row, views: row.views.filter((view) => view.name !== name) }));

export const saveColumnSettings = (db: CacheDb, officerId: string, columns: ColumnSettings) =>
  update(db, officerId, (row) => ({ ...row, columns }));
