import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_SCHEME } from './app-origin';
import { bundleLayout } from './bundle-layout';
import { parseMainConfig } from './config';
import { createGetInfo, type AppInfoSource } from './ipc/get-info';
import { createOpenExternal } from './ipc/open-external';
import { registerIpcHandlers, type IpcMainLike } from './ipc/register';
import { createSaveFile, type SaveFileSystem, type ShowSaveDialog } from './ipc/save-file';
import { isTrustedSender, type TrustedContents } from './ipc/sender';
import { createDecisionJournal, type JournalFileSystem } from './journal/journal';
import { createBundleHandler } from './protocol/bundle-handler';
import { registerAppScheme, type SchemeRegistrar } from './protocol/scheme';
import { buildContentSecurityPolicy } from './security/csp';
import { enforceContentSecurityPolicy, type HeaderSession } from './security/csp-headers';
import {
  closeDevToolsWhenOpened,
  remoteDebuggingSwitch,
  type CommandLine,
  type DevToolsContents,
} from './security/devtools';
import type { OpenExternal } from './security/external-url';
import { hardenNavigation, type NavigableContents } from './security/navigation';
import { denyPermissionsByDefault, type PermissionSession } from './security/permissions';
import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from './single-instance';
import { officerMenu, type MenuItemTemplate } from './window/app-menu';
import { createMainWindow, type WindowFactory, type WindowLike } from './window/main-window';

export type MainWindowLike = WindowLike &
  FocusableWindow & {
    isDestroyed(): boolean;
    on(event: 'closed', listener: () => void): unknown;
    readonly webContents: TrustedContents;
  };

type LifecycleApp = SingleInstanceApp &
  AppInfoSource & {
    /** False when run from the project directory in development. */
    readonly isPackaged: boolean;
    readonly commandLine: CommandLine;
    enableSandbox(): void;
    whenReady(): Promise<void>;
    getPath(name: 'documents' | 'userData'): string;
    exit(code: number): void;
    on(
      event: 'web-contents-created',
      listener: (event: unknown, contents: NavigableContents & DevToolsContents) => void,
    ): unknown;
    on(event: 'window-all-closed' | 'activate', listener: () => void): unknown;
  };

/** Everything the main process takes from Electron, so start-up can run against fakes in tests. */
export type ElectronSeam<W extends MainWindowLike> = {
  app: LifecycleApp;
  protocol: SchemeRegistrar & {
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  ipcMain: IpcMainLike;
  defaultSession: () => PermissionSession & HeaderSession;
  openExternal: OpenExternal;
  createWindow: WindowFactory<W>;
  windowCount: () => number;
  showSaveDialog: (parent: W | null, options: Parameters<ShowSaveDialog>[0]) => ReturnType<ShowSaveDialog>;
  showErrorBox: (title: string, content: string) => void;
  setApplicationMenu: (template: MenuItemTemplate[]) => void;
};

export type StartOptions = {
  env: Readonly<Record<string, string | undefined>>;
  /** Directory of the bundled main script, dist/main. */
  mainBundleDir: string;
  platform: string;
  fs?: SaveFileSystem;
  journalFs?: JournalFileSystem;
  log?: (context: string, error: unknown) => void;
};

/** The decision journal's file in the app's userData directory. */
export const JOURNAL_FILE_NAME = 'decision-journal.jsonl';

const defaultLog = (context: string, error: unknown) => console.error(`[border-post] ${context}:`, error);

/**
 * Start-up in the order Electron requires: configuration, process-wide hardening and the scheme
 * table before 'ready'; the protocol handler, session policy and the window after it.
 */
export function startMainProcess<W extends MainWindowLike>(
  electron: ElectronSeam<W>,
  options: StartOptions,
): void {
  const { app } = electron;
  const log = options.log ?? defaultLog;

  const refuseToStart = (context: string, message: string) => {
    log(context, message);
    electron.showErrorBox('Border Post cannot start', message);
    app.exit(1);
  };

  const config = parseMainConfig(options.env);
  if (!config.ok) {
    // A misconfigured post should say so on screen, not open a window that cannot sync.
    refuseToStart('configuration', config.error.message);
    return;
  }

  // A packaged build is the one officers use: no DevTools, no debugger, no developer menu.
  const packaged = app.isPackaged;
  const debugging = packaged ? remoteDebuggingSwitch(app.commandLine) : null;
  if (debugging !== null) {
    refuseToStart('command line', `Border Post does not run with --${debugging}.`);
    return;
  }

  // Every renderer sandboxed, whatever a future BrowserWindow forgets to say.
  app.enableSandbox();
  registerAppScheme(electron.protocol);

  let mainWindow: W | null = null;
  const liveWindow = () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null);
  if (!claimSingleInstance(app, liveWindow)) return;

  const layout = bundleLayout(options.mainBundleDir);
  const contentSecurityPolicy = buildContentSecurityPolicy(config.value.apiOrigin);

  // Every WebContents, not only the main window's: whatever gets created inherits the guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenNavigation(contents, electron.openExternal, (error) => log('opening an external link', error));
    if (packaged) closeDevToolsWhenOpened(contents);
  });

  // Beside the outbox's IndexedDB in userData, so both copies of the decisions move together.
  const journal = createDecisionJournal({
    path: join(app.getPath('userData'), JOURNAL_FILE_NAME),
    fs: options.journalFs ?? { open, readFile, mkdir },
  });

  registerIpcHandlers(
    electron.ipcMain,
    {
      'host:get-info': createGetInfo(app, options.platform, config.value.apiBaseUrl),
      'host:open-external': createOpenExternal(electron.openExternal),
      'host:save-file': createSaveFile({
        showSaveDialog: (dialogOptions) => electron.showSaveDialog(liveWindow(), dialogOptions),
        fs: options.fs ?? { writeFile, rename, rm },
        defaultDirectory: app.getPath('documents'),
      }),
      'journal:append': journal.appendDecision,
      'journal:read': journal.readJournal,
    },
    {
      isTrustedSender: (event) => isTrustedSender(event, liveWindow()?.webContents ?? null),
      onError: log,
    },
  );

  const openMainWindow = () => {
    const win = createMainWindow(electron.createWindow, {
      preloadPath: layout.preloadPath,
      devTools: !packaged,
      onLoadError: (error) => log('loading the renderer', error),
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };

  app
    .whenReady()
    .then(() => {
      const session = electron.defaultSession();
      denyPermissionsByDefault(session);
      enforceContentSecurityPolicy(session, contentSecurityPolicy);
      // Development keeps Electron's default menu, with reload and DevTools.
      if (packaged) electron.setApplicationMenu(officerMenu(options.platform));
      electron.protocol.handle(
        APP_SCHEME,
        createBundleHandler({ root: layout.rendererRoot, contentSecurityPolicy }),
      );
      openMainWindow();
      // macOS keeps the app alive without windows; the dock icon brings one back.
      app.on('activate', () => {
        if (electron.windowCount() === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      log('starting', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
}
