import { z } from 'zod';
import type { WorklistChange } from '../../db/worklist-feed';
import type { WorklistRow } from '../../db';
import type { FirstSyncOutcome } from '../first-sync';
import type { SyncError, SyncResult } from '../sync-error';

// The messages between the page and the first-sync worker (first-sync.worker.ts). Both ends parse
// what they receive with these schemas: a message is a boundary like any HTTP answer.

/** The page starts the download. The worker holds no session of its own: the page lends its token. */
export const StartFirstSync = z.object({
  type: z.literal('start'),
  baseUrl: z.string().min(1),
  postId: z.string().min(1),
  /** The cache database the page has open: the worker opens the same one, with the same schema. */
  cacheDbName: z.string().min(1),
  accessToken: z.string().nullable(),
  pageSize: z.number().int().positive().optional(),
});
export type StartFirstSync = z.infer<typeof StartFirstSync>;

/** The page's answer to `refresh`: whether the session was renewed, and the token to use now. */
export const SessionAnswer = z.object({
  type: z.literal('session'),
  refreshed: z.boolean(),
  accessToken: z.string().nullable(),
});
export type SessionAnswer = z.infer<typeof SessionAnswer>;

export const ToFirstSyncWorker = z.discriminatedUnion('type', [StartFirstSync, SessionAnswer]);
export type ToFirstSyncWorker = z.infer<typeof ToFirstSyncWorker>;

export const SyncErrorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('http'),
    status: z.number().int(),
    code: z.string(),
    message: z.string().nullable(),
  }),
  z.object({ kind: z.literal('network'), detail: z.string() }),
  z.object({ kind: z.literal('timeout'), timeoutMs: z.number() }),
  z.object({ kind: z.literal('bad-response'), detail: z.string() }),
  z.object({ kind: z.literal('storage'), detail: z.string() }),
]) satisfies z.ZodType<SyncError>;

const Outcome = z.object({
  downloaded: z.boolean(),
  received: z.number().int().min(0),
  total: z.number().int().min(0),
  watermark: z.string(),
}) satisfies z.ZodType<FirstSyncOutcome>;

const FirstSyncResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: Outcome }),
  z.object({ ok: z.literal(false), error: SyncErrorSchema }),
]) satisfies z.ZodType<SyncResult<FirstSyncOutcome>>;

/**
 * A worklist row the worker's own middleware just wrote (toWorklistRow): checked for the keys the
 * page's worklist index files it under, not field by field, since a full parse of every page's
 * rows would cost the page's thread much of what moving the download off it saves.
 */
const WrittenWorklistRow = z.custom<WorklistRow>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'string' &&
    typeof Reflect.get(value, 'postId') === 'string',
  'not a worklist row',
);

const WorklistChangeSchema = z.object({
  rows: z.array(WrittenWorklistRow),
  deleted: z.array(z.string()),
  reset: z.boolean(),
}) satisfies z.ZodType<WorklistChange>;

export const FromFirstSyncWorker = z.discriminatedUnion('type', [
  /** A page and its progress are stored (one transaction): what the status bar shows. */
  z.object({
    type: z.literal('progress'),
    received: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /**
   * What a committed transaction of the worker changed in the worklist: the page's worklist index
   * follows the database through its own connection's feed, which never sees the worker's writes.
   */
  z.object({ type: z.literal('worklist'), change: WorklistChangeSchema }),
  /** The server said 401: the page refreshes the one session of the app and answers `session`. */
  z.object({ type: z.literal('refresh') }),
  /** A second 401: the session is over, the officer must sign in again. */
  z.object({ type: z.literal('signed-out') }),
  z.object({ type: z.literal('finished'), result: FirstSyncResult }),
]);
export type FromFirstSyncWorker = z.infer<typeof FromFirstSyncWorker>;

/** The one side of a MessagePort, a Worker or a worker's global scope this protocol uses. */
export type MessageEndpoint = {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
};
