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
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { ok: false, status: 400 };
  }

  const segments = decoded.split('/').filter((segment) => segment !== '');
  const hostile = segments.some(
    (segment) =>
      segment === '..' ||
      segment === '.' ||
      // NUL truncates paths in native code; a backslash is a separator on Windows.
      segment.includes('\0') ||
      segment.includes('\\') ||
      // A drive letter or alternate data stream on Windows.
      segment.includes(':') ||
      // Still percent-encoded after one decode: double encoding, never produced by our build.
      /%[0-9a-f]{2}/i.test(segment),
  );
  if (hostile) return { ok: false, status: 403 };

  const filePath = pathInside(root, segments.length === 0 ? INDEX_FILE : segments.join('/'), pathApi);
  return filePath === null ? { ok: false, status: 403 } : { ok: true, filePath };
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
