/** Results cross process and network boundaries as values, not thrown exceptions. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** A specific, user-presentable error: `code` is stable for programs, `message` is for people. */
export type AppError = { code: string; message: string; details?: unknown };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });
