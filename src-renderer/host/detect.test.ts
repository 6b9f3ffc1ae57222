import { afterEach, describe, expect, it } from 'vitest';
import { detectHost } from './detect';

describe('detectHost', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'borderPost');
  });

  it('uses the preload bridge when window.borderPost exists', async () => {
    Reflect.set(window, 'borderPost', { getInfo: async () => 'garbage' });
    expect(await detectHost(window).getInfo()).toMatchObject({
      ok: false,
      error: { code: 'HOST_BAD_RESPONSE' },
    });
  });

  it('falls back to the browser host otherwise', async () => {
    expect(await detectHost(window).getInfo()).toMatchObject({ ok: true, value: { kind: 'browser' } });
  });
});
