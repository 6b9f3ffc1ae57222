import type { FastifyInstance } from 'fastify';
import type { PostsResponse } from '@shared/api/posts';
import { apiRoutes } from '@shared/api/routes';
import type { Database } from '../db/database';
import { listPostsWithOfficers } from '../store/posts';

export function registerPostsRoute(app: FastifyInstance, db: Database): void {
  app.get(apiRoutes.posts, async (): Promise<PostsResponse> => ({ posts: await listPostsWithOfficers(db) }));
}
