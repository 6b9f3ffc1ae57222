import { ExternalUrl } from '@shared/ipc/contract';

/**
 * The one gate for links leaving the app: an http(s) URL by the shared contract, or null.
 * `file:`, `javascript:`, `smb:` and custom schemes would hand the OS shell a way to run things.
 */
export function toExternalUrl(raw: unknown): string | null {
  const parsed = ExternalUrl.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type OpenExternal = (url: string) => Promise<void>;
