import { z } from 'zod';
import { DeclarationId, PostId } from '@shared/domain/ids';
import type { Result } from '@shared/util/result';
import { LogNumber } from './cursor';

/**
 * Where the next snapshot page starts. `w` is the watermark of the first page, carried along so
 * every page of one snapshot reports the same one; `p` binds the token to its post.
 */
const PageTokenBody = z.object({
  p: PostId,
  w: LogNumber,
  /** The history mark of the watermark's row (see cursor.ts). */
  h: LogNumber.optional(),
  after: DeclarationId,
});
export type PageToken = z.infer<typeof PageTokenBody>;

/** Opaque to clients: base64url of the JSON body. Not signed, because it grants nothing. */
export function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');
}

export function decodePageToken(raw: string): Result<PageToken, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return { ok: false, error: 'not base64url' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, error: 'not a page token' };
  }
  const parsed = PageTokenBody.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'not a page token' };
}
