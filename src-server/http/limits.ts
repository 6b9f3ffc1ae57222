import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/**
 * What one client may hold of the server. Node and fastify default to no request timeout and no
 * connection cap, so a client sending a byte every 30 s kept a sign-in open for minutes, and any
 * number of such clients could hold every socket. Event streams are exempt from the timeouts and
 * live as long as their access token instead (routes/events.ts).
 */
export type ServerLimits = {
  /** Headers and body must have arrived within this; else 408 and the socket is closed. */
  requestTimeoutMs: number;
  /** The headers alone must have arrived within this (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** A socket silent this long in the middle of a request is closed. */
  connectionTimeoutMs: number;
  /** An idle keep-alive socket is closed after this. */
  keepAliveTimeoutMs: number;
  /** The largest request body; the sign-in routes allow far less (routes/auth.ts). */
  bodyLimitBytes: number;
  /** Open sockets at once; more are dropped as they connect. */
  maxConnections: number;
  /** Requests on one keep-alive socket before the server asks the client to reconnect. */
  maxRequestsPerSocket: number;
};

export const defaultServerLimits: ServerLimits = {
  // The app's own clients give up after 30 s (src-renderer/sync/api-client.ts): a request still
  // arriving after that is one nobody waits for.
  requestTimeoutMs: 30_000,
  // Headers are a few hundred bytes; 10 s is ample on a slow or lossy border link.
  headersTimeoutMs: 10_000,
  // Twice the longest a request may take to arrive; handlers answer in well under a second.
  connectionTimeoutMs: 60_000,
  // fastify's default, chosen to outlast the 60 s idle timeout of common load balancers, so a
  // proxy never reuses a socket the server is closing.
  keepAliveTimeoutMs: 72_000,
  // A full push (100 decisions with 4,000-character notes, up to 6 bytes a character as JSON) is
  // about 2.5 MB; fastify's 1 MiB default would refuse a legitimate batch of Korean notes.
  bodyLimitBytes: 4 * 1024 * 1024,
  // Dozens of posts' devices, each with a few sockets and one event stream, well under the
  // process's file descriptor limit.
  maxConnections: 1_000,
  maxRequestsPerSocket: 1_000,
};

/** The fastify constructor options that carry the limits. */
export function limitOptions(limits: ServerLimits): FastifyServerOptions & {
  http: { headersTimeout: number; connectionsCheckingInterval: number };
} {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    bodyLimit: limits.bodyLimitBytes,
    maxRequestsPerSocket: limits.maxRequestsPerSocket,
    http: {
      headersTimeout,
      // Node enforces both timeouts on this sweep (30 s by default): check often enough that a
      // timeout means what it says.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
  };
}

/** The connection cap is a property of the listening socket, not a fastify option. */
export function capConnections(app: FastifyInstance, limits: ServerLimits): void {
  app.server.maxConnections = limits.maxConnections;
}
