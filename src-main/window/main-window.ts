import { APP_ENTRY_URL } from '../app-origin';
import { secureWebPreferences } from '../security/web-preferences';

/** What createMainWindow needs from an Electron BrowserWindow. */
export type WindowLike = {
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
};

export type WindowOptions = {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: ReturnType<typeof secureWebPreferences>;
};

export type WindowFactory<W extends WindowLike> = (options: WindowOptions) => W;

export type MainWindowOptions = {
  preloadPath: string;
  /** True in development only; a packaged build gets no DevTools. */
  devTools: boolean;
  onLoadError: (error: unknown) => void;
};

/**
 * Creates the officer's window hidden and shows it once the first paint is ready, so there is no
 * white flash, then loads the bundle from app://. Returns before the page has loaded; a failed
 * load is reported through `onLoadError` rather than as an unhandled rejection.
 */
export function createMainWindow<W extends WindowLike>(
  createWindow: WindowFactory<W>,
  { preloadPath, devTools, onLoadError }: MainWindowOptions,
): W {
  const win = createWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Border Post',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, { devTools }),
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch(onLoadError);
  return win;
}
