import { DecisionCommand } from '@shared/domain';
import { ExternalUrl, HostInfo, SaveFileRequest, type HostBridge } from '@shared/ipc';
import { err, ok } from '@shared/util/result';
import { version } from '../../package.json';

/** Where the central API runs in development when nothing else says so (`npm run dev:server`). */
export const DEFAULT_API_BASE_URL = 'http://127.0.0.1:4010';

/** The parts of `window` the browser host uses, so tests can pass their own. */
export type BrowserEnvironment = {
  location: Pick<Location, 'href' | 'origin' | 'protocol'>;
  navigator: Pick<Navigator, 'languages' | 'language' | 'userAgent'>;
  document: Document;
  open: (url: string, target: string, features: string) => unknown;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
};

function httpOrigin(candidate: string | null): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The API origin in a browser: an explicit `?api=` wins (tests, pointing a dev build at another
 * server); a page served over http(s) is served by the API itself (`--static`), so its own origin;
 * otherwise the local development server.
 */
export function browserApiBaseUrl(location: BrowserEnvironment['location']): string {
  const fromQuery = httpOrigin(new URL(location.href).searchParams.get('api'));
  if (fromQuery) return fromQuery;
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.origin;
  return DEFAULT_API_BASE_URL;
}

function browserPlatform(userAgent: string): string {
  if (/Windows/i.test(userAgent)) return 'win32';
  if (/Mac OS X/i.test(userAgent)) return 'darwin';
  if (/Linux/i.test(userAgent)) return 'linux';
  return 'web';
}

/** The browser host: web equivalents of the Electron bridge (download instead of a save dialog). */
export function createBrowserHost(env: BrowserEnvironment): HostBridge {
  return {
    async getInfo() {
      const info = HostInfo.safeParse({
        kind: 'browser',
        appVersion: version,
        platform: browserPlatform(env.navigator.userAgent),
        systemLocales:
          env.navigator.languages.length > 0 ? [...env.navigator.languages] : [env.navigator.language],
        apiBaseUrl: browserApiBaseUrl(env.location),
      });
      return info.success
        ? ok(info.data)
        : err({ code: 'HOST_BAD_INFO', message: 'The browser environment could not be described' });
    },

    async openExternal(url) {
      const parsed = ExternalUrl.safeParse(url);
      if (!parsed.success) return err({ code: 'URL_REJECTED', message: 'Only http(s) links can be opened' });
      // noopener: the opened page gets no handle back to the officer's session.
      env.open(parsed.data, '_blank', 'noopener,noreferrer');
      return ok(null);
    },

    async saveFile(request) {
      const parsed = SaveFileRequest.safeParse(request);
      if (!parsed.success) return err({ code: 'SAVE_REJECTED', message: 'The file request is not valid' });
      const { content, mimeType, suggestedName } = parsed.data;
      // Copy into a fresh ArrayBuffer-backed view: Blob will not take a view over a SharedArrayBuffer.
      const part = typeof content === 'string' ? content : new Uint8Array(content);
      const href = env.createObjectURL(new Blob([part], { type: mimeType }));
      const anchor = env.document.createElement('a');
      anchor.href = href;
      anchor.download = suggestedName;
      anchor.rel = 'noopener';
      env.document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoke after the click has been handled; revoking synchronously can cancel the download.
      setTimeout(() => env.revokeObjectURL(href), 0);
      return ok({ saved: true, path: null });
    },

    // A plain browser has no main process and so no journal: the strict IndexedDB outbox is the
    // only durable copy of a decision, and start-up has nothing to reconcile it with.
    async appendDecision(command) {
      if (!DecisionCommand.safeParse(command).success) {
        return err({ code: 'BAD_REQUEST', message: 'Only a valid decision command can be journalled.' });
      }
      return ok({ appended: false });
    },

    async readJournal() {
      return ok({ commands: [], problems: [] });
    },
  };
}
