import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../security/web-preferences';
import { createMainWindow, type MainWindowOptions, type WindowOptions } from './main-window';

function fakeWindowFactory(load: () => Promise<void> = () => Promise.resolve()) {
  const created: WindowOptions[] = [];
  const loaded: string[] = [];
  const listeners = new Map<string, () => void>();
  let shown = false;
  const factory = (options: WindowOptions) => {
    created.push(options);
    return {
      loadURL: (url: string) => {
        loaded.push(url);
        return load();
      },
      once: (event: string, listener: () => void) => listeners.set(event, listener),
      show: () => {
        shown = true;
      },
      isShown: () => shown,
    };
  };
  return { factory, created, loaded, listeners };
}

const options = (overrides: Partial<MainWindowOptions> = {}): MainWindowOptions => ({
  preloadPath: '/p.cjs',
  devTools: false,
  onLoadError: () => {},
  ...overrides,
});

describe('createMainWindow', () => {
  it('loads the bundle from app:// with the secure preferences and the given preload', () => {
    const fake = fakeWindowFactory();
    createMainWindow(fake.factory, options({ preloadPath: '/app/dist/preload/preload.cjs' }));

    expect(fake.loaded).toEqual(['app://bundle/index.html']);
    expect(fake.created[0]?.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it.each([true, false])(
    'opens the window with exactly the secure preferences and no Blink feature switched on (devTools %s)',
    (devTools) => {
      const fake = fakeWindowFactory();
      createMainWindow(fake.factory, options({ devTools }));
      const preferences = fake.created[0]?.webPreferences ?? {};

      expect(preferences).toStrictEqual(secureWebPreferences('/p.cjs', { devTools }));
      expect(Object.hasOwn(preferences, 'enableBlinkFeatures')).toBe(false);
      expect(preferences).toMatchObject({
        experimentalFeatures: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        allowRunningInsecureContent: false,
        devTools,
      });
    },
  );

  it('stays hidden until the first paint is ready', () => {
    const fake = fakeWindowFactory();
    const win = createMainWindow(fake.factory, options());
    expect(fake.created[0]?.show).toBe(false);
    expect(win.isShown()).toBe(false);
    fake.listeners.get('ready-to-show')?.();
    expect(win.isShown()).toBe(true);
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const fake = fakeWindowFactory(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    const errors: unknown[] = [];
    createMainWindow(fake.factory, options({ onLoadError: (error) => errors.push(error) }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual([new Error('ERR_FILE_NOT_FOUND')]);
  });
});
