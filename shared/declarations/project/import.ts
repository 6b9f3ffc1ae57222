import type { Declaration } from '../../domain/declaration';
import { previewMessage } from '../../tariff/preview';
import type { ImportError } from '../../tariff/types';
import type { Result } from '../../util/result';
import { err } from '../../util/result';
import { acceptDeclaration } from '../accept';
import { utf8Length } from '../cds/xml';

export const DEFAULT_JSON_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import a declaration in the project's own JSON format (the Declaration schema, documented in
 * docs/declaration.schema.json). Every problem names the JSON path, e.g. `items[0].hsCode`; an
 * amount below zero is AMOUNT_NEGATIVE (the schema file cannot say so: its amounts are signed).
 */
export function importProjectDeclaration(
  json: string,
  options: { maxBytes?: number } = {},
): Result<Declaration, ImportError> {
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_MAX_BYTES;
  const bytes = utf8Length(json);
  if (bytes > maxBytes)
    return err({ code: 'JSON_TOO_LARGE', message: `The file is ${bytes} bytes; the limit is ${maxBytes}.` });
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (caught) {
    return err({
      code: 'JSON_MALFORMED',
      message: `The file is not valid JSON: ${previewMessage(caught instanceof Error ? caught.message : String(caught))}`,
    });
  }
  return acceptDeclaration(value);
}
