import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorBody } from '@shared/api/errors';
import type { CURSOR_EXPIRED, PROGRESS_LOST } from '@shared/api/sync-v1';
import { dataException } from '../db/sqlstate';

/** The codes this server answers with. Clients branch on `code`, people read `message`. */
export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'BAD_PAGE_TOKEN'
  | 'INTERNAL'
  // Sign-in and access (issue 4).
  | 'INVALID_CREDENTIALS'
  | 'UNAUTHENTICATED'
  | 'TOKEN_EXPIRED'
  | 'REFRESH_REJECTED'
  // The sign-in reached its absolute lifetime (refresh), or was signed out or revoked (access).
  | 'SESSION_EXPIRED'
  | 'SESSION_ENDED'
  | 'FORBIDDEN'
  // Pull.
  | 'BAD_CURSOR'
  | typeof CURSOR_EXPIRED
  // Push to a server restored since the device last checked.
  | typeof PROGRESS_LOST;

/** Thrown by handlers for an expected failure; the error handler turns it into ApiErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ApiErrorCode, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Every non-2xx answer, including fastify's own and unknown routes, carries ApiErrorBody. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
    }
    const unstorable = dataException(error);
    if (unstorable !== null) {
      return reply
        .code(400)
        .send(errorBody('VALIDATION_FAILED', `a value in this request cannot be stored: ${unstorable}`));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // fastify's own client errors: malformed JSON, wrong content type, body too large.
      return reply.code(status).send(errorBody('BAD_REQUEST', error.message, { fastifyCode: error.code }));
    }
    // The cause goes to the log, never to the client.
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('INTERNAL', 'internal server error'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(errorBody('NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`)),
  );
}
