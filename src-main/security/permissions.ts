import { isAppUrl } from '../app-origin';

/**
 * Permissions the renderer may be granted, and only on our own origin. Everything else is denied:
 * the officer app saves and prints through IPC, takes inspection photos through a file picker
 * (which needs no permission) and never uses camera, microphone, location, notifications, MIDI,
 * HID, serial, USB or clipboard reading. Add an entry only with a reason next to it.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  // Chromium's Local Network Access gates requests from an origin it does not consider local
  // (app:// like file://) to loopback and private addresses, which is where the central API
  // lives in development (127.0.0.1) and, at many posts, on the LAN. Which host the renderer
  // may reach is decided by the CSP's connect-src, not by this permission. The permission has
  // had three names across Chromium versions.
  'local-network-access',
  'local-network',
  'loopback-network',
]);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

type RequestDetails = { requestingUrl?: string };
type CheckDetails = { requestingUrl?: string };

/** The part of Electron's Session that permission handling needs. */
export type PermissionSession = {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: RequestDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
      details: CheckDetails,
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
};

/**
 * Chromium grants many permissions by default in Electron; replace both the asynchronous request
 * path (getUserMedia, notifications, …) and the synchronous check path (navigator.permissions.query,
 * some APIs that skip the prompt) with the allow-list, and refuse all HID/serial/USB devices.
 */
export function denyPermissionsByDefault(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? ''));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
