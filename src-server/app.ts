// Why fastify: it is well kept (v5, active maintainers, OpenJS), schema-first by design, among the
// fastest Node HTTP servers, and `app.inject` runs whole requests in process without sockets, so
// the tests exercise routing, hooks, CORS and error handling exactly as served. CORS and static
// files come from first-party plugins (@fastify/cors, @fastify/static) instead of hand-rolled code.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ACCESS_TOKEN_TTL_MS, SESSION_LIFETIME_MS } from './auth/tokens';
import type { Database } from './db/database';
import { installAccessCheck, type AuthContext } from './http/authenticate';
import { ChangeFeed } from './http/change-feed';
import { defaultCorsOrigins, registerCors } from './http/cors';
import { installErrorHandlers } from './http/errors';
import { capConnections, defaultServerLimits, limitOptions, type ServerLimits } from './http/limits';
import { installResponseHeaders } from './http/response-headers';
import { SessionEnds } from './http/session-ends';
import { registerAuthRoutes } from './routes/auth';
import { registerEventsRoute } from './routes/events';
import { registerHealthRoute } from './routes/health';
import { registerOpenApiRoute } from './routes/openapi';
import { registerPostsRoute } from './routes/posts';
import { registerReferenceRoute } from './routes/reference';
import { registerSnapshotRoute } from './routes/snapshot';
import { registerSyncRoutes } from './routes/sync';
import { isSessionLive } from './store/auth';
import { pruneChangeLog } from './store/change-log';

export type ServerOptions = {
  db: Database;
  /** The built renderer, served at `/` so one process hosts the browser app and its API. */
  staticDir?: string;
  /** Exact origins allowed to call the API from a browser (app://bundle); its own once it listens. */
  corsOrigins?: readonly string[];
  logger?: FastifyServerOptions['logger'];
  /** HMAC key for access tokens (see tokenKeyFrom); random per process when absent. */
  tokenKey?: Buffer;
  /** The server's clock, injectable so tests can expire tokens. */
  now?: () => Date;
  /** Change-log entries older than this are pruned hourly; older cursors get 410. Default 30 days. */
  changeLogRetentionMs?: number;
  /** How often the SSE change feed polls while someone listens. Default 1 s. */
  eventsPollMs?: number;
  /** Keep-alive comment interval of SSE streams, which also re-check their session. Default 15 s. */
  eventsKeepAliveMs?: number;
  /** Open SSE streams per session; the oldest is closed beyond it. Default 3. */
  maxEventStreamsPerSession?: number;
  /** Timeouts, body size and connection caps (http/limits.ts); each defaults on its own. */
  limits?: Partial<ServerLimits>;
  /** Lifetime of an access token. Default 15 minutes. */
  accessTokenTtlMs?: number;
  /** Absolute lifetime of a sign-in, however often refreshed. Default 12 hours (auth/tokens.ts). */
  sessionLifetimeMs?: number;
};

const DAY_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * Access control: /health, /openapi.json and /auth/* are public by nature; every other route
 * (/api/v1/posts and all of /sync/v1) authenticates in its handler and is scoped to the
 * signed-in officer's post.
 */

/** Builds the central API without listening, so tests drive it with `app.inject`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits = { ...defaultServerLimits, ...options.limits };
  const app = Fastify({ logger: options.logger ?? false, ...limitOptions(limits) });
  capConnections(app, limits);
  installErrorHandlers(app);
  installResponseHeaders(app);
  await registerCors(app, options.corsOrigins ?? defaultCorsOrigins);
  const now = options.now ?? (() => new Date());
  const sessionLifetimeMs = options.sessionLifetimeMs ?? SESSION_LIFETIME_MS;
  const auth: AuthContext = {
    tokenKey: options.tokenKey ?? randomBytes(32),
    now,
    accessTokenTtlMs: options.accessTokenTtlMs ?? ACCESS_TOKEN_TTL_MS,
    sessionLifetimeMs,
    isSessionLive: (sessionId) => isSessionLive(options.db, sessionId, now(), sessionLifetimeMs),
    sessionEnds: new SessionEnds(),
  };
  installAccessCheck(app, auth);
  registerHealthRoute(app, options.db);
  registerOpenApiRoute(app);
  registerPostsRoute(app, options.db, auth);
  registerSnapshotRoute(app, options.db, auth);
  const feed = new ChangeFeed(options.db, options.eventsPollMs ?? 1000);
  registerAuthRoutes(app, options.db, auth);
  registerSyncRoutes(app, options.db, auth, { changesCommitted: () => feed.nudge() });
  registerEventsRoute(app, feed, auth, {
    keepAliveMs: options.eventsKeepAliveMs ?? 15_000,
    maxStreamsPerSession: options.maxEventStreamsPerSession ?? 3,
  });
  registerReferenceRoute(app, options.db, auth);
  scheduleChangeLogPruning(app, options.db, options.changeLogRetentionMs ?? 30 * DAY_MS, auth.now);
  app.addHook('onClose', async () => feed.stop());
  if (options.staticDir !== undefined) {
    // The static plugin adds a wildcard route; fastify matches exact API paths before it. The
    // renderer uses hash routing, so no history fallback to index.html is needed.
    await app.register(fastifyStatic, { root: resolve(options.staticDir), prefix: '/' });
  }
  return app;
}

function scheduleChangeLogPruning(
  app: FastifyInstance,
  db: Database,
  retentionMs: number,
  now: () => Date,
): void {
  const timer = setInterval(() => {
    pruneChangeLog(db, retentionMs, now()).catch((error: unknown) =>
      app.log.error({ err: error }, 'prune failed'),
    );
  }, PRUNE_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
