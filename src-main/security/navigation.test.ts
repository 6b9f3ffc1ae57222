import { describe, expect, it } from 'vitest';
import { hardenNavigation, type NavigableContents } from './navigation';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** A WebContents stand-in that records listeners and lets the test fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: NavigableContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      windowOpenHandler = handler;
    },
  };
  /** Fires `name` and reports whether the listener prevented the default action. */
  const fire = (name: string, url = '') => {
    let prevented = false;
    listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const openWindow = (url: string) => windowOpenHandler?.({ url });
  return { contents, fire, openWindow };
}

function harden() {
  const fake = fakeContents();
  const opened: string[] = [];
  const errors: unknown[] = [];
  hardenNavigation(
    fake.contents,
    async (url) => {
      opened.push(url);
    },
    (error) => errors.push(error),
  );
  return { ...fake, opened, errors };
}

describe('hardenNavigation', () => {
  it('allows navigation within app://bundle', () => {
    const { fire, opened } = harden();
    expect(fire('will-navigate', 'app://bundle/index.html#/worklist')).toBe(false);
    expect(fire('will-redirect', 'app://bundle/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)'])(
    'denies navigating the window to %s',
    (url) => {
      const { fire } = harden();
      expect(fire('will-navigate', url)).toBe(true);
      expect(fire('will-redirect', url)).toBe(true);
    },
  );

  it('hands a followed link on only as a plain web URL without user-info', () => {
    const { fire, openWindow, opened } = harden();
    fire('will-navigate', 'https://unipass.customs.go.kr@evil.example/');
    openWindow('https://unipass.customs.go.kr@evil.example/');
    openWindow('HTTPS://UNIPASS.customs.go.kr');
    expect(opened).toEqual(['https://unipass.customs.go.kr/']);
  });

  it('hands a followed web link to the system browser, but never a redirect', () => {
    const { fire, opened } = harden();
    fire('will-navigate', 'https://unipass.customs.go.kr/');
    fire('will-redirect', 'https://redirected.example/');
    expect(opened).toEqual(['https://unipass.customs.go.kr/']);
  });

  it('denies every window.open and opens only http(s) links externally', () => {
    const { openWindow, opened } = harden();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://bundle/x',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/']);
  });

  it('blocks attaching a <webview>', () => {
    const { fire } = harden();
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('reports a failing system browser instead of throwing', async () => {
    const fake = fakeContents();
    const errors: unknown[] = [];
    hardenNavigation(
      fake.contents,
      () => Promise.reject(new Error('no browser')),
      (e) => errors.push(e),
    );
    fake.openWindow('https://example.com/');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual([new Error('no browser')]);
  });
});
