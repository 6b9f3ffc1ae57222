import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortingState } from '@tanstack/react-table';
import { isFiltered, NO_FILTER, type WorklistFilter } from '../../db';
import { DemoBadge } from '../../ui/DemoBadge';
import { formatInteger } from '../../i18n';
import { useLanguage, useSelectedPost, useSyncStatus } from '../../state';
import { DeclarationsTable, WHOLE_LIST_LIMIT } from './DeclarationsTable';
import { useWorklist, windowAround, WORKLIST_ORDER, worklistSort } from './use-worklist';
import { WorklistFilterBar } from './WorklistFilterBar';

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
  const { order, window } = useWorklist(postId, sort, deferredFilter, view);
  const onRangeChange = useCallback((start: number, end: number) => {
    const next = windowAround(start, end);
    setView((current) => (current.offset === next.offset && current.limit === next.limit ? current : next));
  }, []);

  if (order.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  // The first screen waits for its rows, so the count never shows above an empty table.
  if (order.status === 'loading' || window === null) {
    return <p className="empty-state">{t('declarations.loading')}</p>;
  }
  const { total } = order.value;
  const filtered = isFiltered(deferredFilter);

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{t('declarations.title')}</h1>
        <span className="count" data-testid="declaration-count" data-count={total}>
          {t('declarations.count', { count: total, formatted: formatInteger(total, language) })}
        </span>
        {window?.rows.some((row) => row.demo) && <DemoBadge />}
      </div>
      {(total > 0 || filtered) && <WorklistFilterBar filter={filter} onChange={setFilter} />}
      {total === 0 ? (
        <p className="empty-state">
          {filtered
            ? t('declarations.noMatches')
            : phase === 'syncing'
              ? t('declarations.emptySyncing')
              : t('declarations.empty')}
        </p>
      ) : (
        <DeclarationsTable
          total={total}
          window={window}
          sorting={sorting}
          listKey={JSON.stringify([sort, deferredFilter])}
          onSortingChange={setSorting}
          onRangeChange={onRangeChange}
          timeZone={timeZone}
        />
      )}
    </section>
  );
}
