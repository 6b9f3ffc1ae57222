import { describe, expect, it } from 'vitest';
import { registerAppScheme, type SchemeRegistrar } from './scheme';

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and fetchable, and never as bypassing the CSP', () => {
    const registered: Parameters<SchemeRegistrar['registerSchemesAsPrivileged']>[0][] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(schemes) });
    expect(registered).toEqual([
      [
        {
          scheme: 'app',
          privileges: {
            standard: true,
            secure: true,
            supportFetchAPI: true,
            bypassCSP: false,
            corsEnabled: false,
            allowServiceWorkers: false,
            stream: false,
          },
        },
      ],
    ]);
  });
});
