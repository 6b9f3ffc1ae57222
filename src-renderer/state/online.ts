import { useSyncStore } from './sync-store';

/**
 * Mirrors navigator.onLine into the sync store. The flag only says a network interface is up,
 * not that the central server answers; failed requests are reported separately as sync errors.
 */
export function trackOnlineStatus(
  win: Pick<Window, 'addEventListener' | 'removeEventListener' | 'navigator'>,
): () => void {
  const update = (): void => useSyncStore.getState().setOnline(win.navigator.onLine);
  update();
  win.addEventListener('online', update);
  win.addEventListener('offline', update);
  return () => {
    win.removeEventListener('online', update);
    win.removeEventListener('offline', update);
  };
}
