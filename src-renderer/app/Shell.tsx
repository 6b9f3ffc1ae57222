import { Outlet } from 'react-router';
import { Header } from './Header';
import { SyncStatusBar } from './SyncStatusBar';
import { useStartup } from './use-startup';

/** The frame around every screen: header, sync status, and the routed page. */
export function Shell() {
  useStartup();
  return (
    <div className="app">
      <Header />
      <SyncStatusBar />
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
