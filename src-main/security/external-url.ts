import { ExternalUrl } from '@shared/ipc/contract';

const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

// C0 controls, DEL and C1 controls. The URL parser silently drops tabs and newlines anywhere and
// other controls at either end, so `java\tscript:` or a trailing NUL would parse as something else.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The one gate for links leaving the app: the `href` of a parsed http(s) URL, or null.
 *
 * `file:`, `javascript:`, `smb:`, `ms-msdt:` and other custom schemes would hand the OS shell a way
 * to run things, so only web pages leave. The OS shell and the browser it starts parse the string
 * again with parsers of their own, so they get only the `href` that the WHATWG parser wrote out,
 * never the raw string: no surrounding whitespace, no control characters, no user-info (in
 * `https://unipass.customs.go.kr@evil.example/` the host is evil.example), hosts in punycode.
 *
 * There is no host allow-list: the app has no fixed set of sites to link to, and a web page in the
 * officer's own browser runs with that browser's protections, outside the app and its session.
 */
export function toExternalUrl(raw: unknown): string | null {
  // Checked before the contract, whose parse hands back the string already trimmed and cleaned.
  if (typeof raw !== 'string' || raw !== raw.trim() || CONTROL_CHARACTER.test(raw)) return null;
  if (!ExternalUrl.safeParse(raw).success) return null;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || url.hostname === '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return ExternalUrl.safeParse(url.href).success ? url.href : null;
}

export type OpenExternal = (url: string) => Promise<void>;
