import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_COLUMNS,
  deleteWorklistView,
  readWorklistSettings,
  saveColumnSettings,
  saveWorklistView,
  useLiveQuery,
  type ColumnSettings,
  type SavedWorklistView,
} from '../../db';
import { useServices } from '../../app/services';

export type { ColumnSettings, SavedWorklistView } from '../../db';

export type WorklistSettings = {
  views: readonly SavedWorklistView[];
  columns: ColumnSettings;
  setColumns: (columns: ColumnSettings) => void;
  saveView: (view: SavedWorklistView) => Promise<void>;
  deleteView: (name: string) => Promise<void>;
};

/**
 * The signed-in officer's saved views and columns, from this device's IndexedDB (so they survive
 * a restart), live across windows. Columns change on screen at once and are written behind.
 */
export function useWorklistSettings(officerId: string): WorklistSettings {
  const { db } = useServices();
  const query = useCallback(() => readWorklistSettings(db, officerId), [db, officerId]);
  const stored = useLiveQuery(query);
  const [columns, setLocalColumns] = useState<ColumnSettings>(DEFAULT_COLUMNS);
  const storedColumns = stored.status === 'ready' ? stored.value.columns : null;
  useEffect(() => {
    if (storedColumns) setLocalColumns(storedColumns);
  }, [storedColumns]);
  const setColumns = useCallback(
    (next: ColumnSettings) => {
      setLocalColumns(next);
      void saveColumnSettings(db, officerId, next);
    },
    [db, officerId],
  );
  return {
    views: stored.status === 'ready' ? stored.value.views : [],
    columns,
    setColumns,
    saveView: (view) => saveWorklistView(db, officerId, view),
    deleteView: (name) => deleteWorklistView(db, officerId, name),
  };
}

/** `ids` in the officer's order: the ones they placed first, then the rest as the table defines them. */
export function orderedColumns<Id extends string>(ids: readonly Id[], settings: ColumnSettings): Id[] {
  const placed = settings.columnOrder.flatMap((placedId) => ids.filter((id) => id === placedId));
  return [...placed, ...ids.filter((id) => !placed.includes(id))];
}

/** Moves a column one place earlier (-1) or later (+1) in the officer's order. */
export function moveColumn(
  ids: readonly string[],
  settings: ColumnSettings,
  id: string,
  step: -1 | 1,
): ColumnSettings {
  const order = orderedColumns(ids, settings);
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return settings;
  const [moved] = order.splice(from, 1);
  if (moved !== undefined) order.splice(to, 0, moved);
  return { ...settings, columnOrder: order };
}
