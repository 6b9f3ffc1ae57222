import { Declaration } from '../../domain/declaration';
import type { ImportError } from '../../tariff/types';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';
import { utf8Length } from '../cds/xml';
import { issueToImportError } from '../issues';

export const DEFAULT_JSON_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import a declaration in the project's own JSON format (the Declaration schema, documented in
 * docs/declaration.schema.json). Every problem names the JSON path, e.g. `items[0].hsCode`.
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
      message: `The file is not valid JSON: ${caught instanceof Error ? caught.message : String(caught)}`,
    });
  }
  const parsed = Declaration.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map(issueToImportError);
  const [first] = issues;
  if (first === undefined)
    return err({ code: 'DECLARATION_INVALID', message: 'The declaration is invalid.' });
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more: ${issues
          .slice(1, 4)
          .map((i) => i.where)
          .join(', ')}${issues.length > 4 ? ', …' : ''})`
      : '';
  return err({ ...first, message: first.message + more });
}
