import { describe, expect, it } from 'vitest';
import { HostInfo } from '@shared/ipc/contract';
import { createGetInfo } from './get-info';

describe('createGetInfo', () => {
  it('describes the Electron host with the configured API and the OS languages', async () => {
    const getInfo = createGetInfo(
      { getVersion: () => '0.1.0', getPreferredSystemLanguages: () => ['ko-KR', 'en-US'] },
      'linux',
      'http://127.0.0.1:4010',
    );
    const result = await getInfo();
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'electron',
        appVersion: '0.1.0',
        platform: 'linux',
        systemLocales: ['ko-KR', 'en-US'],
        apiBaseUrl: 'http://127.0.0.1:4010',
      },
    });
    expect(HostInfo.safeParse(result.ok && result.value).success).toBe(true);
  });
});
