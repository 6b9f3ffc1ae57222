import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from '../app-origin';

export type BundlePath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

const INDEX_FILE = 'index.html';

/** Maps a request URL on app://bundle to a file under `root`, or says why not. */
export function resolveBundleUrl(root: string, requestUrl: string, pathApi: PathApi = nodePath): BundlePath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  return resolveBundlePathname(root, url.pathname, pathApi);
}

/**
 * The path-traversal guard. `rawPathname` is still percent-encoded. Anything a legitimate asset
 * path never contains is refused outright rather than cleaned up: cleaning is where traversal
 * bugs live. Then the decoded path is resolved and must still lie under `root`.
 */
export function resolveBundlePathname(
  root: string,
  rawPathname: string,
  pathApi: PathApi = nodePath,
): BundlePath {
  // Split before decoding, so that an encoded slash stays inside its segment and is refused there.
  const segments: string[] = [];
  for (const rawSegment of rawPathname.split('/')) {
    if (rawSegment === '') continue;
    try {
      segments.push(decodeURIComponent(rawSegment));
    } catch {
      return { ok: false, status: 400 };
    }
  }
  if (segments.some(isHostileSegment)) return { ok: false, status: 403 };

  const filePath = pathInside(root, segments.length === 0 ? INDEX_FILE : segments.join('/'), pathApi);
  return filePath === null ? { ok: false, status: 403 } : { ok: true, filePath };
}

// Control characters (NUL truncates paths in native code), both separators (a backslash is one on
// Windows), `:` (a drive letter or an alternate data stream such as `index.html::$DATA`) and the
// other characters Windows reserves in file names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

// Windows opens a device, not a file, for these names, with any extension and in any case.
const WINDOWS_DEVICE_NAME =
  /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

/**
 * Whether a decoded path segment is one our build never writes and some file system reads as
 * something else. Refused on every platform: the bundle is the same everywhere.
 */
function isHostileSegment(segment: string): boolean {
  return (
    segment === '..' ||
    segment === '.' ||
    FORBIDDEN_CHARACTER.test(segment) ||
    // Still percent-encoded after one decode: double encoding, never produced by our build.
    /%[0-9a-f]{2}/i.test(segment) ||
    // Windows drops trailing dots and spaces, so `index.html.` would open index.html.
    /[. ]$/.test(segment) ||
    // Windows also ignores spaces before the extension: `NUL .txt` is the device too.
    WINDOWS_DEVICE_NAME.test(segment.split('.')[0]?.trimEnd() ?? '')
  );
}

/**
 * The last line of defence, whatever the screening above lets through: `relativePath` resolved
 * against `root`, or null unless the result lies strictly inside `root`.
 */
export function pathInside(root: string, relativePath: string, pathApi: PathApi = nodePath): string | null {
  const rootDir = pathApi.resolve(root);
  const filePath = pathApi.resolve(rootDir, relativePath);
  const fromRoot = pathApi.relative(rootDir, filePath);
  const outside = fromRoot === '' || fromRoot.startsWith('..') || pathApi.isAbsolute(fromRoot);
  return outside ? null : filePath;
}
