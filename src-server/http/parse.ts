import type { z } from 'zod';
import { ApiError } from './errors';

/** Parses a request part from `unknown` with its shared schema; failures answer 400 with the issues. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ApiError(400, 'VALIDATION_FAILED', `the request ${what} is invalid`, parsed.error.issues);
}
