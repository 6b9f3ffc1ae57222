import { describe, expect, it } from 'vitest';
import { createOpenExternal } from './open-external';

function withFakeShell(fail?: Error) {
  const opened: string[] = [];
  const openExternal = createOpenExternal(async (url) => {
    if (fail) throw fail;
    opened.push(url);
  });
  return { openExternal, opened };
}

describe('createOpenExternal', () => {
  it('hands an https link to the system browser', async () => {
    const { openExternal, opened } = withFakeShell();
    expect(await openExternal('https://unipass.customs.go.kr/')).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://unipass.customs.go.kr/']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ms-settings:privacy', 'app://bundle/index.html'])(
    'never hands %s to the OS shell',
    async (url) => {
      const { openExternal, opened } = withFakeShell();
      expect(await openExternal(url)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(opened).toEqual([]);
    },
  );

  it.each([
    'https://unipass.customs.go.kr@evil.example/',
    ' https://unipass.customs.go.kr/',
    'https://unipass.customs.go.kr/\n',
  ])('never hands %j to the OS shell, which would read it otherwise', async (url) => {
    const { openExternal, opened } = withFakeShell();
    expect(await openExternal(url)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(opened).toEqual([]);
  });

  it('hands the OS shell the parsed href, not the string it was sent', async () => {
    const { openExternal, opened } = withFakeShell();
    await openExternal('HTTPS://UNIPASS.customs.go.kr:443');
    expect(opened).toEqual(['https://unipass.customs.go.kr/']);
  });

  it('turns a failing shell into an error Result', async () => {
    const { openExternal } = withFakeShell(new Error('no handler for https'));
    expect(await openExternal('https://example.com/')).toEqual({
      ok: false,
      error: {
        code: 'OPEN_EXTERNAL_FAILED',
        message: 'The link could not be opened in the browser: no handler for https',
      },
    });
  });
});
