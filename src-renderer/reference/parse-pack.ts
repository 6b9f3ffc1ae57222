import { ReferencePack, type ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import { err, ok, type Result } from '@shared/util/result';

/**
 * A downloaded body checked as the pack it must be: JSON, the kind's schema, the kind and the
 * jurisdiction asked for. Errors say what was wrong in words an officer can pass on.
 */
export function parsePackText(
  text: string,
  kind: ReferenceKind,
  jurisdiction: Jurisdiction,
): Result<ReferencePack, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(`the ${kind} download is not complete JSON (${text.length} characters received)`);
  }
  const parsed = ReferencePack.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    return err(`the ${kind} download is not a valid pack${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  if (parsed.data.kind !== kind) return err(`the ${kind} download holds a ${parsed.data.kind} pack`);
  if (parsed.data.jurisdiction !== jurisdiction)
    return err(`the ${kind} download is for ${parsed.data.jurisdiction}, not ${jurisdiction}`);
  return ok(parsed.data);
}
