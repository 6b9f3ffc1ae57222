import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';

/** What the main process needs to know from its environment, parsed once at start-up. */
export type MainConfig = {
  /** Base URL of the central API without a trailing slash, e.g. http://127.0.0.1:4010. */
  apiBaseUrl: string;
  /** The API's origin, the only network origin the renderer may connect to (CSP connect-src). */
  apiOrigin: string;
};

export const API_URL_ENV = 'BORDER_POST_API_URL';
export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Reads the API base URL from the environment. A value that is not a plain http(s) URL is refused
 * with a message naming the variable, so a typo fails loudly at start-up instead of as a silent
 * CSP block on the first sync.
 */
export function parseMainConfig(env: Readonly<Record<string, string | undefined>>): Result<MainConfig> {
  const raw = env[API_URL_ENV]?.trim() || DEFAULT_API_URL;
  const refuse = (why: string) =>
    err({
      code: 'BAD_CONFIG',
      message: `${API_URL_ENV} must be an http(s) URL such as ${DEFAULT_API_URL}; got "${raw}": ${why}.`,
    });

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refuse(`scheme ${url.protocol} is not http(s)`);
  // Credentials would end up in the renderer and in logs; query and fragment have no meaning for a base URL.
  if (url.username || url.password) return refuse('credentials do not belong in the URL');
  if (url.search || url.hash) return refuse('a base URL has no query or fragment');
  // app:// is a secure origin, so Chromium blocks plain http as mixed content except to this
  // machine; refusing here beats a sync that fails with a bare "network error" at the post.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return refuse('plain http is only possible to this machine (127.0.0.1, localhost); use https');
  }

  return ok({ apiBaseUrl: url.href.replace(/\/+$/, ''), apiOrigin: url.origin });
}
