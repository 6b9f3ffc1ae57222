import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '@shared/api/routes';
import { SnapshotQuery, type SnapshotPage } from '@shared/api/snapshot';
import type { Database } from '../db/database';
import { authenticate, requireOwnPost, type AuthContext } from '../http/authenticate';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { snapshotPage } from '../store/snapshot';

export function registerSnapshotRoute(app: FastifyInstance, db: Database, auth: AuthContext): void {
  app.get(apiRoutes.snapshot, async (request): Promise<SnapshotPage> => {
    const principal = authenticate(request, auth);
    const query = parseRequest(SnapshotQuery, request.query, 'query');
    // As /sync/v1/changes: another post is 403 whether it exists or not, so nothing is learnt.
    requireOwnPost(principal, query.postId);
    const page = await snapshotPage(db, query);
    if (page.ok) return page.value;
    const status = page.error.code === 'NOT_FOUND' ? 404 : 400;
    throw new ApiError(status, page.error.code, page.error.message);
  });
}
