import { z } from 'zod';
import { PostId } from '@shared/domain/ids';
import type { Result } from '@shared/util/result';

/**
 * A pull position: everything of post `p` up to change-log seq `s` is on the device. The
 * snapshot's watermark is one too, so the first /changes call starts exactly where it ended.
 * `h` is the history mark of the change-log row at `s` (see historyMark): a server restored from a
 * backup reuses seqs for new rows, and the mark tells the new row from the one the device saw.
 * Absent when no row stood at `s` (an empty or fully pruned log) and in cursors made before it.
 */
/** A change-log seq or history mark: a non-negative bigint as decimal text. */
export const LogNumber = z
  .string()
  .refine((value) => /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT, 'a bigint as decimal text');
const MAX_BIGINT = 2n ** 63n - 1n;

const CursorBody = z.object({ p: PostId, s: LogNumber, h: LogNumber.optional() });
export type Cursor = z.infer<typeof CursorBody>;

/** Opaque to clients: base64url of the JSON body. Not signed: it grants nothing, scope is checked. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string): Result<Cursor, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return { ok: false, error: 'not base64url' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, error: 'not a cursor' };
  }
  const parsed = CursorBody.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'not a cursor' };
}
