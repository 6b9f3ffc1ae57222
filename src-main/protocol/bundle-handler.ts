import { readFile as readFileFromDisk } from 'node:fs/promises';
import { mimeTypeFor } from './mime-types';
import { resolveBundleUrl } from './resolve-bundle-path';

export type BundleHandlerOptions = {
  /** The renderer build output (index.html + assets). */
  root: string;
  /** Sent on every response, errors included, so no document from app:// ever runs without it. */
  contentSecurityPolicy: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
};

/** Serves the renderer bundle for `protocol.handle('app', …)`. */
export function createBundleHandler({
  root,
  contentSecurityPolicy,
  readFile = readFileFromDisk,
}: BundleHandlerOptions): (request: Request) => Promise<Response> {
  const headersFor = (contentType: string) => ({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // The bundle changes with each install; Chromium's cache must not serve last version's index.html.
    'Cache-Control': 'no-cache',
  });
  const failure = (status: number) =>
    new Response(null, { status, headers: headersFor('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405);

    const target = resolveBundleUrl(root, request.url);
    if (!target.ok) return failure(target.status);

    let body: Uint8Array;
    try {
      body = await readFile(target.filePath);
    } catch {
      // Missing, a directory or unreadable: to the renderer all of these are "not here".
      return failure(404);
    }
    const headers = headersFor(mimeTypeFor(target.filePath));
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
