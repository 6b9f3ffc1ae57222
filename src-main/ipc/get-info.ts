import type { IpcResponse } from '@shared/ipc/contract';
import { ok } from '@shared/util/result';

/** The part of Electron's app that host info needs. */
export type AppInfoSource = {
  getVersion(): string;
  getPreferredSystemLanguages(): string[];
};

export function createGetInfo(
  app: AppInfoSource,
  platform: string,
  apiBaseUrl: string,
): () => Promise<IpcResponse<'host:get-info'>> {
  return async () =>
    ok({
      kind: 'electron',
      appVersion: app.getVersion(),
      platform,
      systemLocales: app.getPreferredSystemLanguages(),
      apiBaseUrl,
    });
}
