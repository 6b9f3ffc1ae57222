// The reference pack installer off the page's thread: check, parse, store and switch (install.ts).
// It opens its own connection to the reference database; the page reads the result from there.
import { installPack } from './install';
import { openReferenceDb } from './reference-db';
import type { InstallRequest, InstallResponse } from './worker-installer';

const db = openReferenceDb();

self.onmessage = async (event: MessageEvent<InstallRequest>) => {
  const { id, jurisdiction, entry, bytes } = event.data;
  let response: InstallResponse;
  try {
    response = { id, result: await installPack(db, jurisdiction, entry, new Uint8Array(bytes)) };
  } catch (error) {
    response = {
      id,
      result: {
        ok: false,
        error: { kind: 'storage', message: error instanceof Error ? error.message : String(error) },
      },
    };
  }
  self.postMessage(response);
};
