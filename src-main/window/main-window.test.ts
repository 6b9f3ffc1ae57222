import { describe, expect, it } from 'vitest';
import { createMainWindow, type WindowOptions } from './main-window';

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

describe('createMainWindow', () => {
  it('loads the bundle from app:// with the secure preferences and the given preload', () => {
    const fake = fakeWindowFactory();
    createMainWindow(fake.factory, '/app/dist/preload/preload.cjs', () => {});

    expect(fake.loaded).toEqual(['app://bundle/index.html']);
    expect(fake.created[0]?.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('stays hidden until the first paint is ready', () => {
    const fake = fakeWindowFactory();
    const win = createMainWindow(fake.factory, '/p.cjs', () => {});
    expect(fake.created[0]?.show).toBe(false);
    expect(win.isShown()).toBe(false);
    fake.listeners.get('ready-to-show')?.();
    expect(win.isShown()).toBe(true);
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const fake = fakeWindowFactory(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    const errors: unknown[] = [];
    createMainWindow(fake.factory, '/p.cjs', (error) => errors.push(error));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual([new Error('ERR_FILE_NOT_FOUND')]);
  });
});
