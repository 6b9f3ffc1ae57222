import type { z } from 'zod';
import { previewMessage } from '../tariff/preview';
import type { ImportError } from '../tariff/types';

/** "items[0].hsCode" from a zod issue path. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );
}

export function issueToImportError(issue: z.core.$ZodIssue): ImportError {
  const where = issuePath(issue.path);
  return {
    code: 'DECLARATION_INVALID',
    message: `${where === '' ? 'The declaration' : where}: ${previewMessage(issue.message)}`,
    where: where === '' ? '(root)' : where,
  };
}
