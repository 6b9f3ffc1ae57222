import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { syncRoutes } from '@shared/api/sync-v1';
import { PostId } from '@shared/domain/ids';
import type { ChangeFeed } from '../http/change-feed';
import { authenticateAccess, requireOwnPost, type AuthContext } from '../http/authenticate';
import { parseRequest } from '../http/parse';

const EventsQuery = z.object({ postId: PostId });

export type EventsOptions = {
  /** Interval of the keep-alive comment, which also re-checks that the session still stands. */
  keepAliveMs: number;
  /** Open streams per session; a new one beyond it closes the session's oldest. */
  maxStreamsPerSession: number;
};

const MAX_TIMER_MS = 2 ** 31 - 1;

type Stream = { sessionId: string; end: (why: string) => void };

/**
 * Server-sent events: `event: poke` whenever the post's change log advances, meaning "pull now".
 * The poke carries no data; the pull is the source of truth. A comment every keepAliveMs keeps
 * proxies from closing an idle stream. Needs the Bearer header, so clients read it with fetch.
 *
 * A stream lives as long as the access token it was opened with: it ends when the token expires,
 * when its session is signed out (at once on this node, at the next keep-alive on another), and
 * when the session opens more than `maxStreamsPerSession` streams. The client then opens another
 * with a fresh token, as it does after any dropped connection.
 */
export function registerEventsRoute(
  app: FastifyInstance,
  feed: ChangeFeed,
  auth: AuthContext,
  options: EventsOptions,
): void {
  const open = new Set<Stream>();
  const streamsOf = (sessionId: string) => [...open].filter((stream) => stream.sessionId === sessionId);
  const unsubscribeEnds = auth.sessionEnds.subscribe((sessionId) => {
    for (const stream of streamsOf(sessionId)) stream.end('the session was signed out');
  });
  // A stream never ends by itself: closing the server ends them, or close would wait forever.
  app.addHook('onClose', async () => {
    unsubscribeEnds();
    for (const stream of open) stream.end('the server is closing');
  });

  app.get(syncRoutes.events, async (request, reply) => {
    const access = authenticateAccess(request);
    const { postId } = parseRequest(EventsQuery, request.query, 'query');
    requireOwnPost(access.principal, postId);
    const unsubscribe = await feed.subscribe(postId, () => reply.raw.write('event: poke\ndata: {}\n\n'));
    reply.hijack();
    // Headers set by hooks (CORS, security headers) are copied: a hijacked reply writes the raw response.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      pragma: 'no-cache',
      connection: 'keep-alive',
    });
    // The stream's own lifetime replaces the server's idle timeout, which would cut it.
    request.raw.socket.setTimeout(0);
    reply.raw.write(': connected\n\n');

    // Beyond what a timer holds (a token lifetime of weeks), the keep-alive check ends it instead.
    const untilExpiry = Math.max(0, access.expiresAt.getTime() - auth.now().getTime());
    const expiry =
      untilExpiry <= MAX_TIMER_MS
        ? setTimeout(() => stream.end('the access token expired'), untilExpiry)
        : undefined;
    const keepAlive = setInterval(() => {
      reply.raw.write(': keep-alive\n\n');
      // Also catches a sign-out on another node, and a clock that jumped (tests inject one).
      if (auth.now() >= access.expiresAt) return stream.end('the access token expired');
      auth.isSessionLive(access.sessionId).then(
        (live) => {
          if (!live) stream.end('the session ended');
        },
        (error: unknown) => request.log.error({ err: error }, 'session check failed'),
      );
    }, options.keepAliveMs);
    const stream: Stream = {
      sessionId: access.sessionId,
      end(why) {
        if (!open.delete(stream)) return;
        clearTimeout(expiry);
        clearInterval(keepAlive);
        unsubscribe();
        reply.raw.end(`: closed: ${why}\n\n`);
      },
    };
    const others = streamsOf(access.sessionId);
    // The newest stream wins: the oldest is likely a connection that died unnoticed.
    for (const old of others.slice(0, Math.max(0, others.length - options.maxStreamsPerSession + 1))) {
      old.end('a newer stream of this session replaced it');
    }
    open.add(stream);
    request.raw.on('close', () => stream.end('the client went away'));
  });
}
