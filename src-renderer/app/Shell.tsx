import { Outlet } from 'react-router';
import { Header } from './Header';
import { SyncRuntimeContext } from './services';
import { SyncStatusBar } from './SyncStatusBar';
import { useStartup } from './use-startup';
import { useOutboxSummary, useSyncRuntimeLifecycle } from './use-sync-runtime';

/** The frame around every screen: header, sync status, and the routed page. */
export function Shell() {
  useStartup();
  const runtime = useSyncRuntimeLifecycle();
  useOutboxSummary();
  return (
    <SyncRuntimeContext.Provider value={runtime}>
      <div className="app">
        <Header />
        <SyncStatusBar />
        <main className="app-main">
          <Outlet />
        </main>
      </div>
    </SyncRuntimeContext.Provider>
  );
}
