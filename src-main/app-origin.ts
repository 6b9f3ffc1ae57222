/** The renderer is served from a privileged custom scheme, never from file:// (whose origin is shared
 *  with every local file) or from a localhost port (which any local process could squat). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `raw` is a URL on our own bundle. Compared by scheme and host because Node's URL gives
 * `origin === 'null'` for schemes it does not know, even ones Chromium treats as standard.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}
