import type { FastifyInstance } from 'fastify';
import type { Session } from '@shared/api/auth-v1';
import { PushResponse, syncRoutes, type DeviceProgress, type PushItemResult } from '@shared/api/sync-v1';
import { bearer } from './sessions';

/** Pushes decisions over HTTP as a device would; throws unless the server answers 200. */
export async function push(
  app: FastifyInstance,
  session: Session,
  deviceId: string,
  decisions: unknown[],
  knownProgress?: DeviceProgress,
): Promise<PushResponse> {
  const response = await app.inject({
    method: 'POST',
    url: syncRoutes.decisions,
    headers: bearer(session),
    payload: {
      deviceId,
      decisions,
      ...(knownProgress === undefined ? {} : { knownProgress }),
    },
  });
  if (response.statusCode !== 200) throw new Error(`push answered ${response.statusCode}: ${response.body}`);
  return PushResponse.parse(response.json());
}

/** One line per result, for whole-batch assertions: "APPLIED", "CONFLICT <reason>", "REJECTED <code>". */
export function summary(result: PushItemResult): string {
  if (result.outcome === 'CONFLICT') return `CONFLICT ${result.reason}`;
  if (result.outcome === 'REJECTED') return `REJECTED ${result.code}`;
  return result.outcome;
}

/** The message of a REJECTED result, or '' for any other. */
export function messageOf(result: PushItemResult | undefined): string {
  return result !== undefined && 'message' in result ? result.message : '';
}
