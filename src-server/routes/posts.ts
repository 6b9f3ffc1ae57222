import type { FastifyInstance } from 'fastify';
import type { PostsResponse } from '@shared/api/posts';
import { apiRoutes } from '@shared/api/routes';
import type { Database } from '../db/database';
import { authenticate, type AuthContext } from '../http/authenticate';
import { listPostsWithOfficers } from '../store/posts';

/**
 * The signed-in officer's own post with its officers, whatever the role: a device works for one
 * post, and the people of that post are its colleagues. Other posts, and everyone's usernames
 * before sign-in, are nobody's business here (a login screen must not enumerate accounts).
 */
export function registerPostsRoute(app: FastifyInstance, db: Database, auth: AuthContext): void {
  app.get(apiRoutes.posts, async (request): Promise<PostsResponse> => {
    const principal = authenticate(request, auth);
    return { posts: await listPostsWithOfficers(db, principal.postId) };
  });
}
