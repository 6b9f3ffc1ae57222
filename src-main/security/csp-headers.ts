type ResponseHeaders = Record<string, string | string[]>;

/** The part of Electron's Session that response-header rewriting needs. */
export type HeaderSession = {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void,
      ) => void,
    ): void;
  };
};

/** Replaces any Content-Security-Policy header, whatever its case, with ours. */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string,
): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

/**
 * app:// responses carry the CSP themselves; this covers everything else the session loads
 * (a document that got there despite the navigation guard, say), so no document in our session
 * runs without the policy. DevTools' own pages keep theirs: ours would break DevTools and they
 * are not reachable from the renderer.
 */
export function enforceContentSecurityPolicy(session: HeaderSession, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith('devtools://')) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}
