import { isAppUrl } from '../app-origin';
import { toExternalUrl, type OpenExternal } from './external-url';

type PreventableEvent = { preventDefault(): void };
type NavigationEvent = PreventableEvent & { readonly url: string };

/** The part of Electron's WebContents that navigation hardening needs. */
export type NavigableContents = {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Keeps a WebContents on our bundle (Electron security checklist, items 13–15): it may navigate
 * only within app://bundle, may never open a window or attach a <webview>, and a web link the
 * officer follows goes to the system browser instead, if it is a plain http(s) URL.
 */
export function hardenNavigation(
  contents: NavigableContents,
  openExternal: OpenExternal,
  onError: (error: unknown) => void,
): void {
  const handOff = (url: string) => {
    const external = toExternalUrl(url);
    if (external !== null) openExternal(external).catch(onError);
  };

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    handOff(event.url);
  });
  // A redirect is the server's choice, not the officer's: refuse it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url);
    return { action: 'deny' };
  });
}
