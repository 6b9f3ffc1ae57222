import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp';

/** Parses a policy into directive → sources, so each assertion names one directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const policy = directives(buildContentSecurityPolicy('http://127.0.0.1:4010'));

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'http://127.0.0.1:4010']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ])('sets %s to exactly %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('has no other directive and never allows inline code or eval', () => {
    expect(policy.size).toBe(10);
    const text = buildContentSecurityPolicy('https://customs.example.kr');
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('lets the renderer reach the configured API origin and nothing else', () => {
    expect(directives(buildContentSecurityPolicy('https://customs.example.kr')).get('connect-src')).toEqual([
      "'self'",
      'https://customs.example.kr',
    ]);
  });
});
