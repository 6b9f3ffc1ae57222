import type { FastifyInstance } from 'fastify';

/**
 * The browser host's Content-Security-Policy: the Electron policy (src-main/security/csp.ts) with
 * the API as 'self', since the page and its API share this origin. The Vite build has no inline
 * script or style (one module script, one stylesheet, assets as files), so nothing needs
 * 'unsafe-inline'. Sent on every response: JSON and errors can then never be framed or run either.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
} as const;

/**
 * Security headers on every response, set before anything can answer (the CORS preflight, the
 * 404 handler, the hijacked event stream copies them). Every answer that says nothing about
 * caching gets `no-store`: tokens, sessions and declarations must not sit in a disk cache. Routes
 * that choose otherwise keep their choice: the reference data revalidates its ETag, the static
 * renderer files are public.
 */
export function installResponseHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    return payload;
  });
}
