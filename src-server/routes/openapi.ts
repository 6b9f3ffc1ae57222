import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '@shared/api/routes';
import { buildOpenApiDocument } from '../http/openapi';

export function registerOpenApiRoute(app: FastifyInstance): void {
  const document = buildOpenApiDocument();
  app.get(apiRoutes.openapi, async () => document);
}
