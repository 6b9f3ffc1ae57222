import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundleHandler } from './bundle-handler';

const csp = "default-src 'none'";
let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'border-post-bundle-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Border Post</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), 'outside the bundle');
  handle = createBundleHandler({ root, contentSecurityPolicy: csp });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('createBundleHandler', () => {
  it('serves index.html with its MIME type, the CSP and nosniff', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    });
    expect(await response.text()).toContain('<title>Border Post</title>');
  });

  it('serves module scripts as JavaScript, which Chromium requires', async () => {
    const response = await get('app://bundle/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 with the CSP for a missing file and for a directory', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    }
  });

  it.each([
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/secret.txt%00.js',
  ])('never serves a file outside the bundle for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
