import { describe, expect, it, vi } from 'vitest';
import type { DecisionCommand } from '@shared/domain';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import {
  browserApiBaseUrl,
  createBrowserHost,
  DEFAULT_API_BASE_URL,
  type BrowserEnvironment,
} from './browser-host';

function at(href: string): BrowserEnvironment['location'] {
  const url = new URL(href);
  return { href, origin: url.origin, protocol: url.protocol };
}

function environment(href: string, overrides: Partial<BrowserEnvironment> = {}): BrowserEnvironment {
  return {
    location: at(href),
    navigator: {
      languages: ['ko-KR', 'en-US'],
      language: 'ko-KR',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    },
    document,
    open: vi.fn(),
    createObjectURL: () => 'blob:test',
    revokeObjectURL: vi.fn(),
    ...overrides,
  };
}

describe('browserApiBaseUrl', () => {
  it('uses a valid ?api= parameter, reduced to its origin', () => {
    expect(browserApiBaseUrl(at('http://localhost:5173/?api=http://10.0.0.5:4010/x#/'))).toBe(
      'http://10.0.0.5:4010',
    );
    expect(browserApiBaseUrl(at('http://localhost:5173/?api=https%3A%2F%2Fapi.example.org'))).toBe(
      'https://api.example.org',
    );
  });

  it('ignores an ?api= that is not http(s)', () => {
    expect(browserApiBaseUrl(at('http://127.0.0.1:8080/?api=javascript:alert(1)'))).toBe(
      'http://127.0.0.1:8080',
    );
    expect(browserApiBaseUrl(at('http://127.0.0.1:8080/?api=not a url'))).toBe('http://127.0.0.1:8080');
  });

  it('uses the page origin when served over http(s), else the development server', () => {
    expect(browserApiBaseUrl(at('https://post.example.org/app/#/declarations/1'))).toBe(
      'https://post.example.org',
    );
    expect(browserApiBaseUrl(at('file:///opt/border-post/index.html'))).toBe(DEFAULT_API_BASE_URL);
  });
});

describe('the browser host', () => {
  it('describes itself as a browser with the navigator languages', async () => {
    const result = await createBrowserHost(environment('http://127.0.0.1:4010/')).getInfo();
    expect(result).toMatchObject({
      ok: true,
      value: {
        kind: 'browser',
        platform: 'linux',
        systemLocales: ['ko-KR', 'en-US'],
        apiBaseUrl: 'http://127.0.0.1:4010',
      },
    });
  });

  it('opens only http(s) links, without an opener', async () => {
    const open = vi.fn();
    const host = createBrowserHost(environment('http://127.0.0.1:4010/', { open }));
    expect(await host.openExternal('https://unipass.customs.go.kr/')).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('https://unipass.customs.go.kr/', '_blank', 'noopener,noreferrer');
    expect(await host.openExternal('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('saves a file as a download', async () => {
    const clicked: string[] = [];
    const onClick = (event: Event) => {
      const anchor = event.target as HTMLAnchorElement;
      clicked.push(`${anchor.download} ${anchor.getAttribute('href') ?? ''}`);
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    const host = createBrowserHost(environment('http://127.0.0.1:4010/'));
    const result = await host.saveFile({
      suggestedName: 'daybook.csv',
      mimeType: 'text/csv',
      content: 'a,b\n',
    });
    document.removeEventListener('click', onClick);
    expect(result).toEqual({ ok: true, value: { saved: true, path: null } });
    expect(clicked).toEqual(['daybook.csv blob:test']);
  });

  it('refuses a file name with a path in it', async () => {
    const host = createBrowserHost(environment('http://127.0.0.1:4010/'));
    expect(
      await host.saveFile({ suggestedName: '../x.csv', mimeType: 'text/csv', content: '' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('keeps no journal: an append is accepted but not journalled, and the journal reads empty', async () => {
    const host = createBrowserHost(environment('http://127.0.0.1:4010/'));
    expect(await host.appendDecision(sampleDecision(1))).toEqual({ ok: true, value: { appended: false } });
    expect(await host.readJournal()).toEqual({ ok: true, value: { commands: [], problems: [] } });
  });

  it('refuses to accept something that is not a decision command, as the Electron host would', async () => {
    const host = createBrowserHost(environment('http://127.0.0.1:4010/'));
    const notADecision = { ...sampleDecision(1), kind: 'approve' } as unknown as DecisionCommand;
    expect(await host.appendDecision(notADecision)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
  });
});
