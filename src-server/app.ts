// Why fastify: it is well kept (v5, active maintainers, OpenJS), schema-first by design, among the
// fastest Node HTTP servers, and `app.inject` runs whole requests in process without sockets, so
// the tests exercise routing, hooks, CORS and error handling exactly as served. CORS and static
// files come from first-party plugins (@fastify/cors, @fastify/static) instead of hand-rolled code.
import { resolve } from 'node:path';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from './db/database';
import { defaultCorsOrigins } from './http/cors';
import { installErrorHandlers } from './http/errors';
import { registerHealthRoute } from './routes/health';
import { registerOpenApiRoute } from './routes/openapi';
import { registerPostsRoute } from './routes/posts';
import { registerSnapshotRoute } from './routes/snapshot';

export type ServerOptions = {
  db: Database;
  /** The built renderer, served at `/` so one process hosts the browser app and its API. */
  staticDir?: string;
  /** Origins allowed to call the API from a browser; defaults to app://bundle and loopback. */
  corsOrigins?: ReadonlyArray<string | RegExp>;
  logger?: FastifyServerOptions['logger'];
};

/** Builds the central API without listening, so tests drive it with `app.inject`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  installErrorHandlers(app);
  await app.register(cors, { origin: [...(options.corsOrigins ?? defaultCorsOrigins)] });
  registerHealthRoute(app, options.db);
  registerOpenApiRoute(app);
  registerPostsRoute(app, options.db);
  registerSnapshotRoute(app, options.db);
  if (options.staticDir !== undefined) {
    // The static plugin adds a wildcard route; fastify matches exact API paths before it. The
    // renderer uses hash routing, so no history fallback to index.html is needed.
    await app.register(fastifyStatic, { root: resolve(options.staticDir), prefix: '/' });
  }
  return app;
}
