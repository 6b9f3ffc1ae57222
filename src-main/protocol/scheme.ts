import { APP_SCHEME } from '../app-origin';

/** The part of Electron's `protocol` module needed before `app.whenReady()`. */
export type SchemeRegistrar = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: AppSchemePrivileges }[]): void;
};

type AppSchemePrivileges = {
  standard: boolean;
  secure: boolean;
  supportFetchAPI: boolean;
  bypassCSP: boolean;
  corsEnabled: boolean;
  allowServiceWorkers: boolean;
  stream: boolean;
};

/**
 * standard: relative URLs, `'self'` in the CSP and a real origin for IndexedDB and Web Locks.
 * secure: a secure context, so crypto.subtle and friends work as they do on https.
 * supportFetchAPI: the renderer's module scripts and fetch() load through it.
 * Everything else is off: above all bypassCSP, which would void the policy we set on each response.
 */
export const APP_SCHEME_PRIVILEGES: AppSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
};

/** Must run before the app is ready; Chromium reads the scheme table once at start-up. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}
