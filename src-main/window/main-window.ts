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

/**
 * Creates the officer's window hidden and shows it once the first paint is ready, so there is no
 * white flash, then loads the bundle from app://. Returns before the page has loaded; a failed
 * load is reported through `onLoadError` rather than as an unhandled rejection.
 */
export function createMainWindow<W extends WindowLike>(
  createWindow: WindowFactory<W>,
  preloadPath: string,
  onLoadError: (error: unknown) => void,
): W {
  const win = createWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Border Post',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch(onLoadError);
  return win;
}
