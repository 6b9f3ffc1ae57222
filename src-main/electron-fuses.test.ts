import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml is the parser electron-builder itself reads its configuration with; it comes with
// electron-builder and ships no types, hence the signature written out here.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const config = load(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8'));
const setting = (name: string): unknown =>
  typeof config === 'object' && config !== null ? Reflect.get(config, name) : undefined;

describe('electron-builder.yml', () => {
  it('flips exactly the Electron fuses of the security checklist in the packaged binary', () => {
    expect(setting('electronFuses')).toEqual({
      // ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node.js.
      runAsNode: false,
      enableCookieEncryption: true,
      // NODE_OPTIONS, NODE_EXTRA_CA_CERTS and --inspect cannot inject code or a debugger.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // Only an app.asar whose hash is embedded in the binary is loaded, and nothing else.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // We serve the renderer from app://, so file:// needs no more than a browser gives it.
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs the app into app.asar, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(setting('asar')).toBe(true);
  });
});
