import { BRIDGE_GLOBAL, type HostBridge } from '@shared/ipc';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

/**
 * The only place that looks at `window.borderPost`: Electron's preload defines it, a plain browser
 * does not.
 */
export function detectHost(win: Window = window): HostBridge {
  const raw: unknown = Reflect.get(win, BRIDGE_GLOBAL);
  if (raw !== undefined) return createElectronHost(raw);
  return createBrowserHost({
    location: win.location,
    navigator: win.navigator,
    document: win.document,
    open: (url, target, features) => win.open(url, target, features),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
  });
}
