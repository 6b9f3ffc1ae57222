import { describe, expect, it } from 'vitest';
import { ExternalUrl } from './contract';

describe('ExternalUrl, the IPC contract of host:open-external', () => {
  it('refuses a link that would need cleaning instead of cleaning it', () => {
    const accepted = [
      'https://unipass.customs.go.kr/',
      ' https://unipass.customs.go.kr/',
      'https://unipass.customs.go.kr/ ',
      'https://unipass.\tcustoms.go.kr/',
      'https://unipass.customs.go.kr/\n',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ].map((link) => ExternalUrl.safeParse(link).success);
    expect(accepted).toEqual([true, false, false, false, false, false, false]);
  });
});
