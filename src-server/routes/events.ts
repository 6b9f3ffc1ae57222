import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { syncRoutes } from '@shared/api/sync-v1';
import { PostId } from '@shared/domain/ids';
import type { ChangeFeed } from '../http/change-feed';
import { authenticate, requireOwnPost, type AuthContext } from '../http/authenticate';
import { parseRequest } from '../http/parse';

const EventsQuery = z.object({ postId: PostId });

/**
 * Server-sent events: `event: poke` whenever the post's change log advances, meaning "pull now".
 * The poke carries no data; the pull is the source of truth. A comment every keepAliveMs keeps
 * proxies from closing an idle stream. Needs the Bearer header, so clients read it with fetch.
 */
export function registerEventsRoute(
  app: FastifyInstance,
  feed: ChangeFeed,
  auth: AuthContext,
  keepAliveMs: number,
): void {
  const open = new Set<() => void>();
  // A stream never ends by itself: closing the server ends them, or close would wait forever.
  app.addHook('onClose', async () => {
    for (const end of open) end();
  });
  app.get(syncRoutes.events, async (request, reply) => {
    const principal = authenticate(request, auth);
    const { postId } = parseRequest(EventsQuery, request.query, 'query');
    requireOwnPost(principal, postId);
    const unsubscribe = await feed.subscribe(postId, () => reply.raw.write('event: poke\ndata: {}\n\n'));
    reply.hijack();
    // Headers set by hooks (CORS) are copied, because a hijacked reply writes the raw response.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    const keepAlive = setInterval(() => reply.raw.write(': keep-alive\n\n'), keepAliveMs);
    const end = (): void => {
      clearInterval(keepAlive);
      unsubscribe();
      open.delete(end);
      reply.raw.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
}
