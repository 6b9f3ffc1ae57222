import type { Jurisdiction } from '@shared/domain';
import type { Result } from '@shared/util/result';
import type { ReferenceDownloadError } from '../state';
import type { ManifestEntry } from './download';
import type { PackInstaller } from './install';
import type { CurrentPack } from './reference-db';

export type InstallRequest = {
  id: number;
  jurisdiction: Jurisdiction;
  entry: ManifestEntry;
  bytes: ArrayBuffer;
};
export type InstallResponse = { id: number; result: Result<CurrentPack, ReferenceDownloadError> };

/**
 * Installs packs in a module worker; null where the host has no workers (tests), and the caller
 * installs on its own thread instead. The bytes are transferred, not copied.
 */
export function workerInstaller(): PackInstaller | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, (response: InstallResponse['result']) => void>();
  const failAll = (message: string) => {
    for (const resolve of waiting.values()) resolve({ ok: false, error: { kind: 'storage', message } });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const started = new Worker(new URL('./install.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<InstallResponse>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    started.onerror = (event) => failAll(`the reference installer stopped: ${event.message}`);
    return started;
  };
  return (jurisdiction, entry, bytes) =>
    new Promise((resolve) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, resolve);
      const request: InstallRequest = { id, jurisdiction, entry, bytes: bytes.buffer };
      worker.postMessage(request, [bytes.buffer]);
    });
}
