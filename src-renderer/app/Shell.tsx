import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { usePosts, useSession } from '../state';
import { Header } from './Header';
import { SyncRuntimeContext } from './services';
import { SyncStatusBar } from './SyncStatusBar';
import { useStartup } from './use-startup';
import { useReferenceSyncLifecycle } from './use-reference-sync';
import { useOutboxSummary, useSyncRuntimeLifecycle } from './use-sync-runtime';

/**
 * What the main area shows: the routed page, except on a device with nobody signed in and no
 * cached post, where the officer signs in first (there is nothing else to show, and nothing can
 * be fetched without a session).
 */
function MainContent() {
  const { t } = useTranslation();
  const signedIn = useSession() !== null;
  const { source, selectedPostId } = usePosts();
  const { pathname } = useLocation();
  if (signedIn || pathname === '/sign-in') return <Outlet />;
  if (source === null) return <p className="empty-state">{t('app.loading')}</p>;
  if (selectedPostId === null) return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}

/** The frame around every screen: header, sync status, and the routed page. */
export function Shell() {
  useStartup();
  const runtime = useSyncRuntimeLifecycle();
  useOutboxSummary();
  useReferenceSyncLifecycle();
  return (
    <SyncRuntimeContext.Provider value={runtime}>
      <div className="app">
        <Header />
        <SyncStatusBar />
        <main className="app-main">
          <MainContent />
        </main>
      </div>
    </SyncRuntimeContext.Provider>
  );
}
