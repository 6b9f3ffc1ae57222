import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { KeyboardShortcuts } from '../features/keyboard';
import { QuickOpenProvider, useQuickOpen } from '../features/quick-open';
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

/** The app's keys, with a scanned number opened as if typed in the header's field. */
function Keyboard({ children }: { children: ReactNode }) {
  const { open } = useQuickOpen();
  return <KeyboardShortcuts onScan={(number) => void open(number)}>{children}</KeyboardShortcuts>;
}

/** The frame around every screen: header, sync status, and the routed page. */
export function Shell() {
  useStartup();
  const runtime = useSyncRuntimeLifecycle();
  useOutboxSummary();
  useReferenceSyncLifecycle();
  return (
    <SyncRuntimeContext.Provider value={runtime}>
      <QuickOpenProvider>
        <Keyboard>
          <div className="app">
            <Header />
            <SyncStatusBar />
            <main className="app-main">
              <MainContent />
            </main>
          </div>
        </Keyboard>
      </QuickOpenProvider>
    </SyncRuntimeContext.Provider>
  );
}
