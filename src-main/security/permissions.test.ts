import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, denyPermissionsByDefault, type PermissionSession } from './permissions';

function installedHandlers() {
  let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
  let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
  let device: (() => boolean) | undefined;
  denyPermissionsByDefault({
    setPermissionRequestHandler: (handler) => {
      request = handler;
    },
    setPermissionCheckHandler: (handler) => {
      check = handler;
    },
    setDevicePermissionHandler: (handler) => {
      device = handler;
    },
  });
  if (!request || !check || !device) throw new Error('a permission handler was not installed');
  return { request, check, device };
}

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'midiSysex',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'hid',
  'serial',
  'usb',
  'unknown',
];

describe('denyPermissionsByDefault', () => {
  it('allows only reaching a loopback or LAN API, nothing else', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual([
      'local-network',
      'local-network-access',
      'loopback-network',
    ]);
  });

  it.each(['local-network-access', 'local-network', 'loopback-network'])(
    'grants %s to app://bundle only, so sync can reach a loopback or LAN API',
    (permission) => {
      const { request, check } = installedHandlers();
      const answers: boolean[] = [];
      request(null, permission, (granted) => answers.push(granted), {
        requestingUrl: 'app://bundle/index.html',
      });
      request(null, permission, (granted) => answers.push(granted), {
        requestingUrl: 'https://evil.example/',
      });
      request(null, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([true, false, false]);
      expect(check(null, permission, 'app://bundle', {})).toBe(true);
      expect(check(null, permission, 'file:///', {})).toBe(false);
    },
  );

  it.each(permissions)('denies a request for %s, even from our own origin', (permission) => {
    const { request } = installedHandlers();
    const answers: boolean[] = [];
    request(null, permission, (granted) => answers.push(granted), {
      requestingUrl: 'app://bundle/index.html',
    });
    request(null, permission, (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([false, false]);
  });

  it.each(permissions)('denies a check for %s', (permission) => {
    const { check } = installedHandlers();
    expect(check(null, permission, 'app://bundle', {})).toBe(false);
    expect(check(null, permission, 'https://evil.example', {})).toBe(false);
  });

  it('refuses every HID, serial and USB device', () => {
    expect(installedHandlers().device()).toBe(false);
  });
});
