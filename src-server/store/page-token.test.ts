import { describe, expect, it } from 'vitest';
import { DeclarationId, PostId } from '@shared/domain/ids';
import { decodePageToken, encodePageToken } from './page-token';

describe('page tokens', () => {
  it('round-trip through their opaque base64url form', () => {
    const token = { p: PostId.parse('PUS'), w: '42', after: DeclarationId.parse('PUS-D000007') };
    const encoded = encodePageToken(token);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(encoded)).toEqual({ ok: true, value: token });
  });

  it.each([
    ['not base64url', '!!!'],
    ['base64url of non-JSON', Buffer.from('hello').toString('base64url')],
    ['JSON of the wrong shape', Buffer.from('{"w":1}').toString('base64url')],
    ['a non-numeric watermark', Buffer.from('{"p":"PUS","w":"x","after":"a"}').toString('base64url')],
  ])('reject %s without throwing', (_, raw) => {
    expect(decodePageToken(raw).ok).toBe(false);
  });
});
