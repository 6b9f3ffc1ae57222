import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import type { IpcMainLike } from './ipc/register';
import type { FrameLike, SenderEvent } from './ipc/sender';
import type { HeaderSession } from './security/csp-headers';
import type { DevToolsContents } from './security/devtools';
import type { NavigableContents } from './security/navigation';
import type { PermissionSession } from './security/permissions';
import { JOURNAL_FILE_NAME, startMainProcess, type ElectronSeam, type MainWindowLike } from './start';
import { officerMenu } from './window/app-menu';
import type { MenuItemTemplate } from './window/app-menu';
import type { WindowOptions } from './window/main-window';

type CreatedContents = NavigableContents & DevToolsContents;
type AppListener = (event: unknown, contents: CreatedContents) => void;
type FakeWindow = MainWindowLike & { options: WindowOptions; loaded: string[]; fire(event: string): void };

const inertContents: CreatedContents = {
  on: () => undefined,
  setWindowOpenHandler: () => undefined,
  closeDevTools: () => undefined,
};

/** A whole fake Electron, recording what start-up does to it and in which order. */
function fakeElectron({ lockGranted = true, isPackaged = false, switches = [] as string[] } = {}) {
  const steps: string[] = [];
  const menus: MenuItemTemplate[][] = [];
  const opened: string[] = [];
  const appListeners = new Map<string, AppListener>();
  const ipc = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  const windows: FakeWindow[] = [];
  const errorBoxes: [string, string][] = [];
  const exits: number[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let permissionRequest: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
  let headersListener: Parameters<HeaderSession['webRequest']['onHeadersReceived']>[0] | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const createWindow = (options: WindowOptions): FakeWindow => {
    steps.push('createWindow');
    const listeners = new Map<string, () => void>();
    const mainFrame: FrameLike = {
      url: 'app://bundle/index.html',
      processId: 1,
      frameToken: 'top',
    };
    const win: FakeWindow = {
      options,
      loaded: [],
      fire: (event) => listeners.get(event)?.(),
      loadURL: async (url) => {
        win.loaded.push(url);
      },
      once: (event, listener) => listeners.set(event, listener),
      on: (event, listener) => listeners.set(event, listener),
      show: () => {},
      focus: () => steps.push('focus'),
      restore: () => {},
      isMinimized: () => false,
      isDestroyed: () => false,
      webContents: { mainFrame },
    };
    windows.push(win);
    return win;
  };

  const electron: ElectronSeam<FakeWindow> = {
    app: {
      isPackaged,
      commandLine: { hasSwitch: (name) => switches.includes(name) },
      enableSandbox: () => steps.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        steps.push('requestSingleInstanceLock');
        return lockGranted;
      },
      quit: () => steps.push('quit'),
      exit: (code) => exits.push(code),
      whenReady: () => ready,
      getPath: () => '/home/officer/Documents',
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['ko-KR'],
      on: (event: string, listener: AppListener) => appListeners.set(event, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: () => steps.push('registerSchemesAsPrivileged'),
      handle: (scheme, handler) => {
        steps.push(`protocol.handle:${scheme}`);
        protocolHandler = handler;
      },
    },
    ipcMain: { handle: (channel, listener) => ipc.set(channel, listener) },
    defaultSession: () => ({
      setPermissionRequestHandler: (handler) => (permissionRequest = handler),
      setPermissionCheckHandler: () => steps.push('setPermissionCheckHandler'),
      setDevicePermissionHandler: () => steps.push('setDevicePermissionHandler'),
      webRequest: { onHeadersReceived: (listener) => (headersListener = listener) },
    }),
    openExternal: async (url) => {
      opened.push(url);
    },
    createWindow,
    windowCount: () => windows.length,
    showSaveDialog: async () => ({ canceled: true }),
    showErrorBox: (title, content) => errorBoxes.push([title, content]),
    setApplicationMenu: (template) => {
      steps.push('setApplicationMenu');
      menus.push(template);
    },
  };

  return {
    electron,
    steps,
    windows,
    menus,
    opened,
    errorBoxes,
    exits,
    ipc,
    appEvent: (name: string, contents: CreatedContents = inertContents) =>
      appListeners.get(name)?.({}, contents),
    becomeReady: async () => {
      markReady();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    protocolHandler: () => protocolHandler,
    permissionRequest: () => permissionRequest,
    headersListener: () => headersListener,
  };
}

const start = (fake: ReturnType<typeof fakeElectron>, env: Record<string, string> = {}, platform = 'linux') =>
  startMainProcess(fake.electron, { env, mainBundleDir: '/app/dist/main', platform, log: () => {} });

describe('startMainProcess', () => {
  it('refuses to start on a garbage API URL and says why on screen', () => {
    const fake = fakeElectron();
    start(fake, { BORDER_POST_API_URL: 'not a url' });
    expect(fake.errorBoxes).toEqual([
      [
        'Border Post cannot start',
        'BORDER_POST_API_URL must be an http(s) URL such as http://127.0.0.1:4010; got "not a url": not a URL.',
      ],
    ]);
    expect(fake.exits).toEqual([1]);
    expect(fake.steps).toEqual([]);
  });

  it('sandboxes every renderer and registers app:// before the app is ready', () => {
    const fake = fakeElectron();
    start(fake);
    expect(fake.steps).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
    expect(fake.windows).toEqual([]);
  });

  it('quits a second instance before it registers IPC or opens a window', async () => {
    const fake = fakeElectron({ lockGranted: false });
    start(fake);
    await fake.becomeReady();
    expect(fake.steps).toContain('quit');
    expect(fake.ipc.size).toBe(0);
    expect(fake.windows).toEqual([]);
  });

  it('once ready, locks down the session, serves app:// and opens the window on it', async () => {
    const fake = fakeElectron();
    start(fake, { BORDER_POST_API_URL: 'https://customs.example.kr/api' });
    await fake.becomeReady();

    expect(fake.steps.slice(3)).toEqual([
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'protocol.handle:app',
      'createWindow',
    ]);
    const [win] = fake.windows;
    expect(win?.loaded).toEqual(['app://bundle/index.html']);
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('sends the CSP naming the configured API origin on app:// and on every other response', async () => {
    const fake = fakeElectron();
    start(fake, { BORDER_POST_API_URL: 'https://customs.example.kr/api' });
    await fake.becomeReady();

    const response = await fake.protocolHandler()?.(new Request('app://bundle/missing.js'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://customs.example.kr;",
    );

    let headers: Record<string, string | string[]> | undefined;
    fake.headersListener()?.(
      { url: 'https://customs.example.kr/api/x', responseHeaders: {} },
      (answer) => (headers = answer.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([response?.headers.get('content-security-policy')]);
  });

  it('denies permission requests on the default session', async () => {
    const fake = fakeElectron();
    start(fake);
    await fake.becomeReady();
    const answers: boolean[] = [];
    fake.permissionRequest()?.(null, 'media', (granted) => answers.push(granted), {
      requestingUrl: 'app://bundle/index.html',
    });
    expect(answers).toEqual([false]);
  });

  it('hardens every WebContents that gets created', () => {
    const fake = fakeElectron();
    start(fake);
    const hooked: string[] = [];
    fake.appEvent('web-contents-created', {
      on: (event: string) => hooked.push(event),
      setWindowOpenHandler: () => hooked.push('setWindowOpenHandler'),
      closeDevTools: () => hooked.push('closeDevTools'),
    });
    expect(hooked).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview', 'setWindowOpenHandler']);
  });

  it('in a packaged build, sets the officer menu and turns DevTools off, closing them should they open', async () => {
    const fake = fakeElectron({ isPackaged: true });
    start(fake);
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    const closed: string[] = [];
    fake.appEvent('web-contents-created', {
      on: (event: string, listener: (event: { url: string; preventDefault(): void }) => void) =>
        listeners.set(event, listener),
      setWindowOpenHandler: () => undefined,
      closeDevTools: () => closed.push('closeDevTools'),
    });
    listeners.get('devtools-opened')?.({ url: '', preventDefault: () => {} });
    await fake.becomeReady();

    expect(closed).toEqual(['closeDevTools']);
    expect(fake.menus).toEqual([officerMenu('linux')]);
    expect(fake.steps.indexOf('setApplicationMenu')).toBeLessThan(fake.steps.indexOf('createWindow'));
    expect(fake.windows[0]?.options.webPreferences.devTools).toBe(false);
  });

  it("in development, keeps Electron's default menu and DevTools", async () => {
    const fake = fakeElectron({ isPackaged: false });
    start(fake);
    const hooked: string[] = [];
    fake.appEvent('web-contents-created', { ...inertContents, on: (event: string) => hooked.push(event) });
    await fake.becomeReady();

    expect(hooked).not.toContain('devtools-opened');
    expect(fake.menus).toEqual([]);
    expect(fake.windows[0]?.options.webPreferences.devTools).toBe(true);
  });

  it('refuses to start a packaged build launched for remote debugging, and says why', () => {
    const fake = fakeElectron({ isPackaged: true, switches: ['remote-debugging-port'] });
    start(fake);
    expect(fake.errorBoxes).toEqual([
      ['Border Post cannot start', 'Border Post does not run with --remote-debugging-port.'],
    ]);
    expect(fake.exits).toEqual([1]);
    expect(fake.steps).toEqual([]);
  });

  it('lets a development build run with a remote-debugging switch', () => {
    const fake = fakeElectron({ isPackaged: false, switches: ['remote-debugging-port'] });
    start(fake);
    expect(fake.exits).toEqual([]);
    expect(fake.steps).toContain('enableSandbox');
  });

  it("answers IPC from the main window's top frame and refuses anyone else", async () => {
    const fake = fakeElectron();
    start(fake);
    expect([...fake.ipc.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    await fake.becomeReady();

    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    const getInfo = fake.ipc.get('host:get-info');
    const fromWindow: SenderEvent = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const fromElsewhere: SenderEvent = { sender: {}, senderFrame: win.webContents.mainFrame };
    expect(await getInfo?.(fromWindow)).toMatchObject({
      ok: true,
      value: { apiBaseUrl: 'http://127.0.0.1:4010' },
    });
    expect(await getInfo?.(fromElsewhere)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it("hands the system browser a link from the main window only as the parsed URL's href", async () => {
    const fake = fakeElectron();
    start(fake);
    await fake.becomeReady();
    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    const event: SenderEvent = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const openExternal = fake.ipc.get('host:open-external');

    for (const url of [
      'https://unipass.customs.go.kr@evil.example/',
      'https://unipass.customs.go.kr/\u0001',
    ]) {
      expect(await openExternal?.(event, url)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(await openExternal?.(event, 'HTTPS://UNIPASS.customs.go.kr')).toEqual({ ok: true, value: null });
    expect(fake.opened).toEqual(['https://unipass.customs.go.kr/']);
  });

  it("journals decisions from the main window in the app's userData directory", async () => {
    const userData = await mkdtemp(join(tmpdir(), 'border-post-user-data-'));
    try {
      const fake = fakeElectron();
      fake.electron.app.getPath = (name) => (name === 'userData' ? userData : '/home/officer/Documents');
      start(fake);
      await fake.becomeReady();
      const win = fake.windows[0];
      if (!win) throw new Error('no window');
      const event: SenderEvent = { sender: win.webContents, senderFrame: win.webContents.mainFrame };

      const decision = sampleDecision(1);
      expect(await fake.ipc.get('journal:append')?.(event, decision)).toEqual({
        ok: true,
        value: { appended: true },
      });
      expect(await fake.ipc.get('journal:read')?.(event)).toEqual({
        ok: true,
        value: { commands: [decision], problems: [] },
      });
      expect(await readFile(join(userData, JOURNAL_FILE_NAME), 'utf8')).toContain(decision.decisionId);
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('refuses IPC once the main window is closed', async () => {
    const fake = fakeElectron();
    start(fake);
    await fake.becomeReady();
    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    win.fire('closed');
    const event: SenderEvent = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    expect(await fake.ipc.get('host:get-info')?.(event)).toMatchObject({ ok: false });
  });

  it('focuses the existing window when a second instance starts', async () => {
    const fake = fakeElectron();
    start(fake);
    await fake.becomeReady();
    fake.appEvent('second-instance');
    expect(fake.steps.at(-1)).toBe('focus');
  });

  it('quits when the last window closes, except on macOS', () => {
    const linux = fakeElectron();
    start(linux);
    linux.appEvent('window-all-closed');
    expect(linux.steps).toContain('quit');

    const mac = fakeElectron();
    start(mac, {}, 'darwin');
    mac.appEvent('window-all-closed');
    expect(mac.steps).not.toContain('quit');
  });
});
