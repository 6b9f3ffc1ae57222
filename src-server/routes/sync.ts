import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ChangesQuery,
  CURSOR_EXPIRED,
  isProgressBehind,
  PROGRESS_LOST,
  PUSH_BATCH_MAX,
  PushRequest,
  syncRoutes,
  type ChangesPage,
  type DeviceProgress,
  type DeviceState,
  type PushItemResult,
  type PushResponse,
} from '@shared/api/sync-v1';
import { DecisionCommand, DecisionId, DeviceId } from '@shared/domain/decision';
import type { Database } from '../db/database';
import { authenticate, requireOwnPost, type AuthContext } from '../http/authenticate';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { changesPage } from '../store/changes';
import { processDecision } from '../store/decisions';
import { readProgress, type DeviceOfficer } from '../store/device-progress';

/**
 * The envelope is checked strictly, each decision on its own: one malformed command is answered
 * REJECTED and must not make the whole batch (and everything queued behind it) fail forever.
 */
const PushEnvelope = PushRequest.extend({ decisions: z.array(z.unknown()).min(1).max(PUSH_BATCH_MAX) });
const WithDecisionId = z.object({ decisionId: DecisionId });

export type SyncHooks = { changesCommitted: () => void };

export function registerSyncRoutes(
  app: FastifyInstance,
  db: Database,
  auth: AuthContext,
  hooks: SyncHooks,
): void {
  app.post(syncRoutes.decisions, async (request): Promise<PushResponse> => {
    const principal = authenticate(request, auth);
    const body = parseRequest(PushEnvelope, request.body, 'body');
    if (body.deviceId !== principal.deviceId) {
      throw new ApiError(403, 'FORBIDDEN', 'deviceId is not the device this session signed in on');
    }
    const key: DeviceOfficer = { deviceId: principal.deviceId, officerId: principal.officerId };
    if (body.knownProgress !== undefined) await refuseIfProgressLost(key, body.knownProgress);
    const items = body.decisions.map((raw, index) => {
      const command = DecisionCommand.safeParse(raw);
      if (command.success) return { command: command.data, invalid: null };
      const id = WithDecisionId.safeParse(raw);
      if (!id.success)
        throw new ApiError(400, 'VALIDATION_FAILED', `decision #${index + 1} has no valid decisionId`);
      return { command: null, invalid: { decisionId: id.data.decisionId, issues: command.error.issues } };
    });
    const results: PushItemResult[] = [];
    let applied = false;
    for (const item of items) {
      if (item.command === null) {
        // Not stored: nothing about an unparseable command is trustworthy enough to keep forever.
        const message = item.invalid.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        results.push({
          outcome: 'REJECTED',
          decisionId: item.invalid.decisionId,
          code: 'INVALID_COMMAND',
          message,
        });
        continue;
      }
      const command = item.command;
      if (command.officerId !== principal.officerId || command.deviceId !== principal.deviceId) {
        // Not claimed either: the rightful officer may still push it from their own session.
        results.push({
          outcome: 'REJECTED',
          decisionId: command.decisionId,
          code: 'IDENTITY_MISMATCH',
          message: 'the decision was made by another officer or device than this session',
        });
        continue;
      }
      const processed = await processDecision(db, principal, command);
      if (processed.kind === 'duplicate') {
        results.push({ outcome: 'DUPLICATE', decisionId: command.decisionId, stored: processed.outcome });
      } else {
        results.push(processed.outcome);
        applied ||= processed.outcome.outcome === 'APPLIED';
      }
    }
    // Each claim counted itself in its own transaction: this reads what they add up to.
    const progress = await readProgress(db, key);
    if (applied) hooks.changesCommitted();
    return { results, ...progress, officerId: principal.officerId };
  });

  /**
   * A device that was told of more progress than this server has: the server was restored from a
   * backup since the device last checked. Processing the push would raise the numbers back over
   * the loss; the device is sent to check instead, and pushes again what was lost.
   */
  async function refuseIfProgressLost(key: DeviceOfficer, known: DeviceProgress): Promise<void> {
    const held = await readProgress(db, key);
    if (!isProgressBehind(held, known)) return;
    throw new ApiError(
      409,
      PROGRESS_LOST,
      `this server holds ${held.processedCount} decisions of device ${key.deviceId} up to seq ${held.lastProcessedSeq}, ` +
        `but confirmed ${known.processedCount} up to seq ${known.lastProcessedSeq}: it was restored from a backup; ` +
        'read the device state and push again what it lost',
    );
  }

  app.get(syncRoutes.changes, async (request): Promise<ChangesPage> => {
    const principal = authenticate(request, auth);
    const query = parseRequest(ChangesQuery, request.query, 'query');
    requireOwnPost(principal, query.postId);
    const page = await changesPage(db, query);
    if (page.ok) return page.value;
    if (page.error.code === 'CURSOR_EXPIRED') throw new ApiError(410, CURSOR_EXPIRED, page.error.message);
    throw new ApiError(400, 'BAD_CURSOR', page.error.message);
  });

  app.get(syncRoutes.device, async (request): Promise<DeviceState> => {
    const principal = authenticate(request, auth);
    const { deviceId } = parseRequest(z.object({ deviceId: DeviceId }), request.params, 'path');
    // A session reads its own device's progress, for its own officer, and nothing else. Any other
    // id is answered like one that does not exist, so no one learns which devices do.
    if (deviceId !== principal.deviceId) {
      throw new ApiError(404, 'NOT_FOUND', `device ${deviceId} is not this session's device`);
    }
    const progress = await readProgress(db, { deviceId, officerId: principal.officerId });
    return { deviceId, ...progress, officerId: principal.officerId };
  });
}
