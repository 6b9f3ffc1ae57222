import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '@shared/api/routes';
import { SnapshotQuery, type SnapshotPage } from '@shared/api/snapshot';
import type { Database } from '../db/database';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { snapshotPage } from '../store/snapshot';

export function registerSnapshotRoute(app: FastifyInstance, db: Database): void {
  app.get(apiRoutes.snapshot, async (request): Promise<SnapshotPage> => {
    const query = parseRequest(SnapshotQuery, request.query, 'query');
    const page = await snapshotPage(db, query);
    if (page.ok) return page.value;
    const status = page.error.code === 'NOT_FOUND' ? 404 : 400;
    throw new ApiError(status, page.error.code, page.error.message);
  });
}
