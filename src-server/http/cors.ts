import type { AddressInfo } from 'node:net';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { Result } from '@shared/util/result';

/**
 * The Electron renderer's origin. The browser host is served by this server (`--static`), so it
 * calls the API same-origin and needs no CORS; the server's own origins are allowed anyway once it
 * listens, so a browser that sends Origin on same-origin requests gets a consistent answer.
 */
export const defaultCorsOrigins: readonly string[] = ['app://bundle'];

/** `scheme://host[:port]`, nothing else: no path, no wildcard, no trailing slash. */
const EXACT_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/;

/** Checks a configured origin, so a typo or a pattern fails at start instead of allowing nothing. */
export function parseCorsOrigin(raw: string): Result<string, string> {
  const origin = raw.trim().toLowerCase();
  return EXACT_ORIGIN.test(origin)
    ? { ok: true, value: origin }
    : { ok: false, error: `"${raw}" is not an exact origin like https://customs.example or app://bundle` };
}

/** The origins a listening address is reached at from its own machine. */
export function ownOrigins(address: AddressInfo): string[] {
  const port = address.port;
  if (['127.0.0.1', '::1', '0.0.0.0', '::'].includes(address.address)) {
    return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return [`http://${host}:${port}`];
}

/**
 * CORS for an exact list of origins (never a pattern: any loopback port would let any local web
 * page or dev server call the API), plus the server's own origins once it listens.
 */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  const allowed = new Set(origins);
  app.addHook('onListen', async () => {
    for (const address of app.addresses()) {
      if (typeof address !== 'string') for (const origin of ownOrigins(address)) allowed.add(origin);
    }
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
  });
}
