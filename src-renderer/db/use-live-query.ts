import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveQueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Re-runs `query` whenever the IndexedDB rows it read change (Dexie liveQuery), so a screen shows
 * what the cache holds while a sync writes into it. Pass a stable function (useCallback): a new
 * function means a new subscription. `keepLast`: while a new query's first answer is on its way,
 * the last answer stays on screen (a scrolled list keeps its rows) instead of `loading`.
 */
export function useLiveQuery<T>(query: () => Promise<T>, { keepLast = false } = {}): LiveQueryState<T> {
  const [state, setState] = useState<{ query: () => Promise<T>; value: LiveQueryState<T> }>({
    query,
    value: { status: 'loading' },
  });

  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ query, value: { status: 'ready', value } }),
      error: (error: unknown) => setState({ query, value: { status: 'error', error } }),
    });
    return () => subscription.unsubscribe();
  }, [query]);

  // A result from the previous query (e.g. the previous post) is never shown for the new one,
  // unless the caller asked for it.
  if (state.query === query || (keepLast && state.value.status === 'ready')) return state.value;
  return { status: 'loading' };
}
