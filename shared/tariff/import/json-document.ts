import type { z } from 'zod';
import { err, ok, type Result } from '../../util/result';
import { previewMessage } from '../preview';
import type { ImportError } from '../types';

/** A zod issue path as a JSON path suffix: `[0].code`, `.schedule.lines[3]`. */
export const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');

/**
 * A project JSON file read against its schema: not JSON is `JSON_SYNTAX`, a bad field is
 * `INVALID_FIELD` naming the first one by JSON path (`$.rates[1].validFrom`); nothing is loaded.
 */
export function parseJsonDocument<Schema extends z.ZodType>(
  jsonText: string,
  schema: Schema,
): Result<z.infer<Schema>, ImportError> {
  let json: unknown;
  try {
    json = JSON.parse(jsonText.startsWith('\ufeff') ? jsonText.slice(1) : jsonText);
  } catch (error) {
    return err({ code: 'JSON_SYNTAX', message: `not JSON: ${previewMessage((error as Error).message)}` });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const at = `$${pathOf(issue?.path ?? [])}`;
  return err({
    code: 'INVALID_FIELD',
    message: `${at}: ${previewMessage(issue?.message ?? 'invalid')}`,
    where: at,
  });
}
