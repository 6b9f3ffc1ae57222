import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortingState } from '@tanstack/react-table';
import { isFiltered, NO_FILTER, type WorklistFilter } from '../../db';
import { DemoBadge } from '../../ui/DemoBadge';
import { formatInteger } from '../../i18n';
import { useLanguage, useSelectedPost, useSession, useSyncStatus } from '../../state';
import { COLUMN_IDS } from './columns';
import { DeclarationsTable, WHOLE_LIST_LIMIT } from './DeclarationsTable';
import { useWorklist, windowAround, WORKLIST_ORDER, worklistSort } from './use-worklist';
import { WorklistCountsBar } from './WorklistCountsBar';
import { WorklistFilterBar } from './WorklistFilterBar';
import { useWorklistSettings } from './worklist-settings';
import { ColumnChooser, WorklistViews, type WorklistViewState } from './WorklistViews';

/** The worklist: the selected post's declarations as the local cache holds them, online or not. */
export function DeclarationsPage() {
  const post = useSelectedPost();
  // A new post starts with a new list: its own order, window and filter.
  return <Worklist key={post?.id ?? ''} postId={post?.id ?? ''} timeZone={post?.timezone} />;
}

function Worklist({ postId, timeZone }: { postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { phase } = useSyncStatus();
  const [sorting, setSorting] = useState<SortingState>(WORKLIST_ORDER);
  const [filter, setFilter] = useState<WorklistFilter>(NO_FILTER);
  // Typing stays responsive; the list follows as soon as the browser is free.
  const deferredFilter = useDeferredValue(filter);
  const [view, setView] = useState(() => windowAround(0, WHOLE_LIST_LIMIT));
  const sort = useMemo(() => worklistSort(sorting), [sorting]);
  const worklist = useWorklist(postId, sort, deferredFilter, view);
  const onRangeChange = useCallback((start: number, end: number) => {
    const next = windowAround(start, end);
    setView((current) => (current.offset === next.offset && current.limit === next.limit ? current : next));
  }, []);
  const listKey = useMemo(() => JSON.stringify([sort, deferredFilter]), [sort, deferredFilter]);
  const officerId = useSession()?.officer.id ?? null;
  // Columns are remembered per officer; '' keeps them while nobody is signed in.
  const settings = useWorklistSettings(officerId ?? '');
  const applyView = useCallback(
    (view: WorklistViewState) => {
      setFilter(view.filter);
      setSorting(view.sorting);
      settings.setColumns(view.columns);
    },
    [settings],
  );

  if (worklist.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  // The first screen waits for its rows, so the count never shows above an empty table.
  if (worklist.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  const filtered = isFiltered(deferredFilter);
  const total = worklist.status === 'ready' ? worklist.total : null;

  return (
    // data-list-key: the query the list shows, for tests and the bench to see it arrive.
    <section className="page worklist-page" data-list-key={listKey}>
      <div className="page-heading">
        <h1>{t('declarations.title')}</h1>
        {total !== null && (
          <span className="count" data-testid="declaration-count" data-count={total}>
            {t('declarations.count', { count: total, formatted: formatInteger(total, language) })}
          </span>
        )}
        {worklist.status === 'ready' && worklist.window.rows.some((row) => row.demo) && <DemoBadge />}
      </div>
      <div className="worklist-tools">
        {officerId !== null && (
          <WorklistViews
            settings={settings}
            current={{ filter, sorting, columns: settings.columns }}
            onApply={applyView}
          />
        )}
        <ColumnChooser ids={COLUMN_IDS} columns={settings.columns} onChange={settings.setColumns} />
      </div>
      {(total !== 0 || filtered) && (
        <WorklistFilterBar
          filter={filter}
          onChange={setFilter}
          origins={worklist.status === 'ready' ? worklist.origins : []}
        />
      )}
      {worklist.status === 'ready' && (total !== 0 || filtered) && (
        <WorklistCountsBar counts={worklist.counts} filtered={filtered} />
      )}
      {worklist.status === 'indexing' ? (
        <p className="empty-state" data-testid="worklist-indexing">
          {t('declarations.indexing', { formatted: formatInteger(worklist.loaded, language) })}
        </p>
      ) : total === 0 ? (
        <p className="empty-state">
          {filtered
            ? t('declarations.noMatches')
            : phase === 'syncing'
              ? t('declarations.emptySyncing')
              : t('declarations.empty')}
        </p>
      ) : (
        <DeclarationsTable
          total={worklist.total}
          window={worklist.window}
          sorting={sorting}
          listKey={listKey}
          onSortingChange={setSorting}
          onRangeChange={onRangeChange}
          timeZone={timeZone}
          columnSettings={settings.columns}
          onColumnSettingsChange={settings.setColumns}
        />
      )}
    </section>
  );
}
