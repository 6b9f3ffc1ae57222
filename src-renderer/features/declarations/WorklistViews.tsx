import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortingState } from '@tanstack/react-table';
import type { WorklistFilter } from '../../db';
import type { COLUMN_IDS } from './columns';
import { moveColumn, orderedColumns, type ColumnSettings, type WorklistSettings } from './worklist-settings';

export type WorklistViewState = { filter: WorklistFilter; sorting: SortingState; columns: ColumnSettings };

/**
 * The officer's saved views (pick one to apply its filter, sort and columns; save the current
 * one under a name; delete one) and the column chooser. Shown only to a signed-in officer: views
 * belong to whoever saved them.
 */
export function WorklistViews({
  settings,
  current,
  onApply,
}: {
  settings: WorklistSettings;
  current: WorklistViewState;
  onApply: (view: WorklistViewState) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const choose = (viewName: string) => {
    setChosen(viewName);
    const view = settings.views.find((saved) => saved.name === viewName);
    if (view) onApply({ filter: view.filter, sorting: view.sorting, columns: view.columns });
  };
  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    await settings.saveView({ name: trimmed, ...current });
    setChosen(trimmed);
    setName('');
  };
  return (
    <div className="worklist-views">
      <select
        aria-label={t('declarations.views.label')}
        value={chosen}
        data-testid="worklist-view"
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">{t('declarations.views.none')}</option>
        {settings.views.map((view) => (
          <option key={view.name} value={view.name}>
            {view.name}
          </option>
        ))}
      </select>
      <input
        type="text"
        aria-label={t('declarations.views.name')}
        placeholder={t('declarations.views.name')}
        value={name}
        data-testid="worklist-view-name"
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
      />
      <button type="button" data-testid="worklist-view-save" disabled={name.trim() === ''} onClick={save}>
        {t('declarations.views.save')}
      </button>
      {chosen !== '' && (
        <button
          type="button"
          data-testid="worklist-view-delete"
          onClick={() => {
            void settings.deleteView(chosen);
            setChosen('');
          }}
        >
          {t('declarations.views.delete')}
        </button>
      )}
    </div>
  );
}

/** Which columns show and in what order; widths are dragged on the headers themselves. */
export const ColumnChooser = memo(function ColumnChooser({
  ids,
  columns,
  onChange,
}: {
  ids: typeof COLUMN_IDS;
  columns: ColumnSettings;
  onChange: (columns: ColumnSettings) => void;
}) {
  const { t } = useTranslation();
  const order = orderedColumns(ids, columns);
  return (
    <details className="worklist-columns" data-testid="worklist-columns">
      <summary>{t('declarations.columnSettings.label')}</summary>
      <ul>
        {order.map((id, position) => {
          const label = t(`declarations.columns.${id}`);
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={columns.columnVisibility[id] !== false}
                  data-testid={`worklist-column-${id}`}
                  onChange={(event) =>
                    onChange({
                      ...columns,
                      columnVisibility: { ...columns.columnVisibility, [id]: event.target.checked },
                    })
                  }
                />
                {label}
              </label>
              <button
                type="button"
                aria-label={t('declarations.columnSettings.moveEarlier', { column: label })}
                disabled={position === 0}
                onClick={() => onChange(moveColumn(ids, columns, id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('declarations.columnSettings.moveLater', { column: label })}
                disabled={position === order.length - 1}
                onClick={() => onChange(moveColumn(ids, columns, id, 1))}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => onChange({ columnVisibility: {}, columnOrder: [], columnSizing: {} })}
      >
        {t('declarations.columnSettings.reset')}
      </button>
    </details>
  );
});
