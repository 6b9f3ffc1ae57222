import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  /** Highest applied migration number. */
  schemaVersion: z.number().int().min(0),
  serverTime: z.iso.datetime({ offset: true }),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
