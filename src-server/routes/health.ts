import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '@shared/api/health';
import { apiRoutes } from '@shared/api/routes';
import type { Database } from '../db/database';
import { readSchemaVersion } from '../db/migrate';

export function registerHealthRoute(app: FastifyInstance, db: Database): void {
  // Reads the schema version every time, so "ok" also means the database answers.
  app.get(apiRoutes.health, async (): Promise<HealthResponse> => ({
    status: 'ok',
    database: db.kind,
    schemaVersion: await readSchemaVersion(db),
    serverTime: new Date().toISOString(),
  }));
}
