import type { IpcResponse } from '@shared/ipc/contract';
import { ok } from '@shared/util/result';
import { toExternalUrl, type OpenExternal } from '../security/external-url';
import { ipcFailure } from './ipc-result';

/**
 * Opens a web link in the system browser. The dispatcher has already parsed the URL with the
 * contract; it is checked again here because this is the line that hands it to the OS shell, and
 * the shell gets the parsed URL's `href`, never the string the renderer sent.
 */
export function createOpenExternal(openExternal: OpenExternal) {
  return async (url: string): Promise<IpcResponse<'host:open-external'>> => {
    const external = toExternalUrl(url);
    if (external === null) return ipcFailure('BAD_REQUEST', 'Only plain http and https links can be opened.');
    try {
      await openExternal(external);
      return ok(null);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return ipcFailure('OPEN_EXTERNAL_FAILED', `The link could not be opened in the browser: ${reason}`);
    }
  };
}
