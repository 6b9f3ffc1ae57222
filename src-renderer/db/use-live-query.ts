import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveQueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Re-runs `query` whenever the IndexedDB rows it read change (Dexie liveQuery), so a screen shows
 * what the cache holds while a sync writes into it. Pass a stable function (useCallback): a new
 * function means a new subscription.
 */
export function useLiveQuery<T>(query: () => Promise<T>): LiveQueryState<T> {
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

  // A result from the previous query (e.g. the previous post) is never shown for the new one.
  return state.query === query ? state.value : { status: 'loading' };
}
