import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInside, resolveBundlePathname, resolveBundleUrl } from './resolve-bundle-path';

const root = '/opt/border-post/dist/renderer';

describe('resolveBundlePathname', () => {
  it.each([
    ['/', '/opt/border-post/dist/renderer/index.html'],
    ['/index.html', '/opt/border-post/dist/renderer/index.html'],
    ['/assets/index-Ab12.js', '/opt/border-post/dist/renderer/assets/index-Ab12.js'],
    ['/assets/%ED%95%9C%EA%B8%80.svg', '/opt/border-post/dist/renderer/assets/한글.svg'],
    ['/assets//double-slash.css', '/opt/border-post/dist/renderer/assets/double-slash.css'],
  ])('serves %s from inside the bundle', (pathname, filePath) => {
    expect(resolveBundlePathname(root, pathname)).toEqual({ ok: true, filePath });
  });

  it.each([
    '/../etc/passwd',
    '/../../../../etc/passwd',
    '/assets/../../secret',
    '/..',
    '/./index.html',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/..%5C..%5Cwindows',
    '/assets\\..\\..\\secret',
    '/%252e%252e/etc/passwd',
    '/index.html%00.png',
    '/index.html\0.png',
    '/C:/Windows/win.ini',
    '/C%3A%5CWindows%5Cwin.ini',
    '/file.txt::$DATA',
  ])('refuses the hostile path %s', (pathname) => {
    expect(resolveBundlePathname(root, pathname)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    '/assets%2findex-Ab12.js',
    '/assets%2Findex-Ab12.js',
    '/assets%5cindex-Ab12.js',
    '/%2e%2e',
    '/.%2e/index.html',
    '/index.html::$DATA',
    '/index.html%3A%3A%24DATA',
    '/assets:stream',
    '/index.html%01',
    '/index.html%1f',
    '/index.html%7F',
    '/index.html%0a',
    '/index.html%3F',
    '/index.htm%2A',
    '/index.html%3C',
    '/%22index.html%22',
    '/index.html%7Cx',
  ])(
    'refuses %s, whose encoded separator, stream or reserved character a file system would act on',
    (pathname) => {
      expect(resolveBundlePathname(root, pathname)).toEqual({ ok: false, status: 403 });
    },
  );

  it.each([
    '/CON',
    '/con',
    '/NUL.txt',
    '/nul.tar.gz',
    '/NUL%20.txt',
    '/assets/com1',
    '/assets/COM9.js',
    '/assets/LPT9.js',
    '/assets/lpt1.html',
    '/AUX',
    '/prn.css',
    '/COM%C2%B9.js',
    '/conin$',
    '/CONOUT$.log',
  ])('refuses the Windows device name %s on every platform', (pathname) => {
    expect(resolveBundlePathname(root, pathname)).toEqual({ ok: false, status: 403 });
  });

  it.each(['/index.html.', '/index.html%20', '/index.html%2E', '/assets./a.js', '/assets%20/a.js', '/...'])(
    'refuses %s, whose trailing dot or space Windows would drop',
    (pathname) => {
      expect(resolveBundlePathname(root, pathname)).toEqual({ ok: false, status: 403 });
    },
  );

  it.each([
    '/assets/console-Ab12.js',
    '/assets/nul-Ab12.js',
    '/assets/com10.js',
    '/auxiliary.css',
    '/a.b.c.js',
  ])('serves %s, which only looks like a device name', (pathname) => {
    expect(resolveBundlePathname(root, pathname)).toMatchObject({ ok: true });
  });

  it.each(['/assets/../index.html', '/assets/%2e%2e/index.html', '/assets/./app.js'])(
    'refuses the dot segments in %s even where they would stay inside the bundle',
    (pathname) => {
      expect(resolveBundlePathname(root, pathname)).toEqual({ ok: false, status: 403 });
    },
  );

  it('treats an absolute path as a path inside the bundle, never as the file system root', () => {
    expect(resolveBundlePathname(root, '//etc/passwd')).toEqual({
      ok: true,
      filePath: '/opt/border-post/dist/renderer/etc/passwd',
    });
  });

  it('refuses malformed percent-encoding as a bad request', () => {
    expect(resolveBundlePathname(root, '/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('holds on Windows path semantics too', () => {
    const winRoot = 'C:\\Program Files\\Border Post\\resources\\app.asar\\dist\\renderer';
    expect(resolveBundlePathname(winRoot, '/assets/a.js', nodePath.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.js`,
    });
    for (const hostile of [
      '/..%5c..%5cwin.ini',
      '/C:/Windows/win.ini',
      '/%2e%2e/x',
      '/\\\\server\\share',
      '/assets/NUL.js',
      '/index.html.',
      '/index.html%20',
      '/index.html::$DATA',
    ]) {
      expect(resolveBundlePathname(winRoot, hostile, nodePath.win32)).toEqual({ ok: false, status: 403 });
    }
  });
});

describe('resolveBundleUrl', () => {
  it('serves the entry point of app://bundle and ignores query and fragment', () => {
    expect(resolveBundleUrl(root, 'app://bundle/index.html?x=1#/worklist')).toEqual({
      ok: true,
      filePath: '/opt/border-post/dist/renderer/index.html',
    });
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/a/../../../x',
  ])('never leaves the bundle for %s, even after URL normalisation', (url) => {
    const result = resolveBundleUrl(root, url);
    if (result.ok) expect(result.filePath.startsWith(`${root}/`)).toBe(true);
  });

  it.each([
    'app://bundle/CON',
    'app://bundle/assets/nul.js',
    'app://bundle/index.html.',
    'app://bundle/index.html%20',
    'app://bundle/index.html::$DATA',
    'app://bundle/assets%2Findex.js',
  ])('refuses %s as a request too', (url) => {
    expect(resolveBundleUrl(root, url)).toEqual({ ok: false, status: 403 });
  });

  it.each(['app://other/index.html', 'https://bundle/index.html', 'file:///etc/passwd'])(
    'knows nothing of %s',
    (url) => {
      expect(resolveBundleUrl(root, url)).toEqual({ ok: false, status: 404 });
    },
  );
});

describe('pathInside', () => {
  it('resolves a path inside the root', () => {
    expect(pathInside(root, 'assets/a.js')).toBe('/opt/border-post/dist/renderer/assets/a.js');
  });

  it.each(['../secret', 'assets/../../secret', '/etc/passwd', '.', '', '../renderer-evil/x'])(
    'refuses %j, which resolves to the root itself or outside it',
    (relativePath) => {
      expect(pathInside(root, relativePath)).toBeNull();
    },
  );

  it('refuses a Windows path on another drive or share', () => {
    const winRoot = 'C:\\app\\dist\\renderer';
    for (const relativePath of ['D:\\secret', '\\\\server\\share\\x', '..\\..\\x']) {
      expect(pathInside(winRoot, relativePath, nodePath.win32)).toBeNull();
    }
  });
});
